package org.alukg.geo;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.geosparql.geof.nontopological.filter_functions.DistanceFF;
import org.apache.jena.geosparql.implementation.GeometryWrapper;
import org.apache.jena.geosparql.implementation.UnitsConversionException;
import org.apache.jena.geosparql.implementation.registry.UnitsRegistry;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase3;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * {@code geof:distance} as GeoSPARQL means it: the distance between two geometries in the unit asked for. Jena's own
 * computes in the units of the coordinates and refuses to turn the degrees of CRS84 into metres or kilometres (it
 * throws, so the function is unbound in a query); on geographic coordinates with a linear unit this one answers the
 * great-circle distance, and otherwise what Jena's answers (degrees on CRS84, metres on a projected system).
 */
public final class Distance extends FunctionBase3 {
    /** The function's IRI, {@code geof:distance}. */
    public static final String IRI = "http://www.opengis.net/def/function/geosparql/distance";

    private final DistanceFF jena = new DistanceFF();

    @Override
    public NodeValue exec(NodeValue from, NodeValue to, NodeValue units) {
        if (units.isIRI() && Boolean.TRUE.equals(UnitsRegistry.isLinearUnits(units.asNode().getURI()))) {
            try {
                GeometryWrapper a = GeometryWrapper.extract(from);
                if (Boolean.TRUE.equals(a.getSrsInfo().isGeographic()))
                    return NodeValue.makeDouble(a.distanceGreatCircle(GeometryWrapper.extract(to), units.asNode().getURI()));
            } catch (DatatypeFormatException | FactoryException | TransformException | UnitsConversionException e) {
                throw new ExprEvalException("geof:distance: " + e.getMessage(), e);
            }
        }
        return jena.exec(from, to, units);
    }
}
