package com.myhomecontrol.maintenance.entity;

import java.util.List;

/** A page of one table's rows, their values in the order of the table's columns in PostgreSQL. */
public record CopiedRows(CopiedTable table, List<Object[]> rows) {
}
