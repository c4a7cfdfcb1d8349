package app.deload.matrix;

import java.util.List;

/** The routes of one feature. Implementations in this package are found by {@link AuthorizationMatrixTest}. */
public interface RouteTable {

    List<RouteRule> rules(World world);
}
