package com.myhomecontrol.web.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A page is a static HTML file under /pages whose scripts fetch its data from the API. */
final class Pages {

    private Pages() {
    }

    static void forward(HttpServletRequest request, HttpServletResponse response, String page) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher("/pages/" + page + ".html").forward(request, response);
    }
}
