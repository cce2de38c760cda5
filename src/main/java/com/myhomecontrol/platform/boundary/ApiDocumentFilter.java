package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.entity.Role;
import jakarta.ws.rs.HttpMethod;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Completes the generated OpenAPI document from the code, so that it cannot drift from it: each
 * operation gets the role its Java method needs (RequiredRole), how to authenticate for it, and
 * the problem answers every operation of its kind may give; the shared answers become components.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String BASIC = "basic";
    static final String SESSION = "session";
    static final String CSRF = "csrf";
    /** The role an operation needs, for programs; its description says it for people. */
    static final String ROLE_EXTENSION = "x-required-role";

    @Override
    public Operation filterOperation(Operation operation) {
        // PACKAGE_CLASS_METHOD (microprofile-config.properties): the resource class, then the method.
        String id = operation.getOperationId();
        int split = id.indexOf('_', id.lastIndexOf('.'));
        Method method = resourceMethod(id.substring(0, split), id.substring(split + 1));
        Role role = RequiredRole.of(method);
        boolean read = RequiredRole.isRead(method);
        operation.setOperationId(id.substring(id.lastIndexOf('.') + 1));
        operation.addExtension(ROLE_EXTENSION, role.roleName());
        operation.setDescription(roleSentence(role) + (operation.getDescription() == null ? "" : " " + operation.getDescription()));
        operation.setSecurity(List.of(requirement(BASIC), read ? requirement(SESSION) : requirement(SESSION).addScheme(CSRF)));
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        APIResponses responses = operation.getResponses();
        addProblem(responses, ApiProblems.BAD_REQUEST, takesInput);
        addProblem(responses, ApiProblems.UNAUTHORIZED, true);
        addProblem(responses, ApiProblems.FORBIDDEN, role != Role.VIEWER || !read);
        addProblem(responses, ApiProblems.PAYLOAD_TOO_LARGE, operation.getRequestBody() != null);
        addProblem(responses, ApiProblems.INTERNAL_ERROR, true);
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        ApiProblems.components().forEach(document.getComponents()::addResponse);
    }

    private static Method resourceMethod(String className, String methodName) {
        try {
            Class<?> resource = Class.forName(className, false, ApiDocumentFilter.class.getClassLoader());
            List<Method> candidates = Arrays.stream(resource.getMethods())
                    .filter(method -> method.getName().equals(methodName) && hasHttpMethod(method)).toList();
            if (candidates.size() != 1) {
                throw new IllegalStateException(candidates.size() + " resource methods " + methodName + " in " + className);
            }
            return candidates.get(0);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No resource class " + className, e);
        }
    }

    private static boolean hasHttpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static String roleSentence(Role role) {
        return switch (role) {
            case VIEWER -> "Role viewer: any user; no credentials needed with HOMECONTROL_ANONYMOUS_READ=true.";
            case OPERATOR -> "Role operator (admin holds it too).";
            case ADMIN -> "Role admin.";
        };
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static void addProblem(APIResponses responses, String name, boolean applies) {
        String status = ApiProblems.statusOf(name);
        if (applies && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }
}
