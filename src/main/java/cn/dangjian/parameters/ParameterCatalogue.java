package cn.dangjian.parameters;

import java.util.List;

/**
 * A module's parameters, declared where they are used: a bean of the owning module implements this and the
 * parameters module lists, validates and stores their values.
 */
public interface ParameterCatalogue {

    /** The parameters, in the order they are shown. */
    List<ParameterDefinition> parameters();
}
