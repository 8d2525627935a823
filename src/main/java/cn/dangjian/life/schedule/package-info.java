/**
 * The meeting schedule as a pure engine: which meetings are due, done or overdue in each period under the rules
 * in force. Published as the {@code life::schedule} named interface: {@code Meetings.plan} returns its types and
 * the compliance engine turns its items into findings.
 */
@org.springframework.modulith.NamedInterface("schedule")
package cn.dangjian.life.schedule;
