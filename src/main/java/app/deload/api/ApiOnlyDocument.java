package app.deload.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the OpenAPI document to the JSON API: the HTML pages are resources too, but no client should call
 * them. Filtering by path rather than by package lets API resources live in their feature packages.
 */
public class ApiOnlyDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith(BearerTokenAuthentication.API_PATH_PREFIX)).toList()
                .forEach(openAPI.getPaths()::removePathItem);
    }
}
