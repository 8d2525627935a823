package cn.dangjian.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.org.OrgUnitRef;

/**
 * Gathers one kind of immutable facts (a record type {@code T}) for a batch of organizations through the owning
 * module's facade, so rules never query anything themselves. A module that brings rules brings the provider of
 * the facts they read.
 */
public interface FactProvider<T> {

    Class<T> type();

    /** The facts of each organization in {@code orgs} on {@code today}; an organization may be left out (no facts). */
    Map<Long, T> gather(List<OrgUnitRef> orgs, LocalDate today);
}
