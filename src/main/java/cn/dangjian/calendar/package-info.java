/**
 * The official working-day calendar (国务院办公厅 节假日安排): public holidays and make-up workdays (调休上班) as data,
 * seeded from the shared {@code holidays.md} and extended by an administrator each November, for rules that count
 * working days — the ≥5-working-day 公示 of 发展党员 (FZ-08) first. A working day is Monday–Friday, minus the holidays,
 * plus the make-up workdays.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.dangjian.calendar;
