package com.myhomecontrol.web.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The pages at their short paths. A page needs a signed-in session (or anonymous reads); without
 * one it sends the browser to the sign-in page, which brings it back.
 */
@WebServlet(urlPatterns = {"", "/health-dashboard", "/energy", "/weather", "/recordings", "/devices", "/jobs"})
public class PagesServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getServletPath();
        if (request.getRemoteUser() == null) {
            String next = path.isEmpty() ? "/" : path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        Pages.forward(request, response, path.isEmpty() ? "home" : path.substring(1));
    }
}
