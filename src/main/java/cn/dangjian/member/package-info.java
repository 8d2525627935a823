/**
 * Party members: the member record (aligned with the national member system's baseline items), its
 * status history (转正, 停止党籍, 恢复党籍, 出党, 死亡, 失联 …, nothing overwritten), scoped search,
 * and the roster's Excel import and export. 身份证号 and phone are SM4-encrypted at rest. Keeps a
 * denormalised {@code org_path} per member, rewritten when {@link cn.dangjian.org.OrgUnitMoved}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package cn.dangjian.member;
