/**
 * The locally set values of the regulations' parameters — the catalogue's S/U rules (e.g. the 党课 frequency,
 * ZB-12), the meeting frequencies a unit may make stricter, the 补录 window — each with its default from the
 * catalogue, a platform-wide value set by the administrator and an organization's override for its subtree,
 * every change effective from a date and kept, so a past result can be recomputed with the values then in
 * force. Modules declare their parameters by providing a {@link cn.dangjian.parameters.ParameterCatalogue}
 * bean and read the values in force with {@link cn.dangjian.parameters.RuleParameters#valuesFor}. It is a
 * module of its own (not part of compliance) so that life, recruitment, dues and compliance can all read it
 * without depending on each other.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package cn.dangjian.parameters;
