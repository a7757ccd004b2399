package com.maritimealphaflow.dashboard.pipeline;

import java.util.List;

/**
 * The newest AIS history imports, newest first.
 *
 * @param attribution the credit the Danish Maritime Authority requires wherever its data is used: set when a listed
 *     import reads its archive, or when data of an earlier one is stored; null otherwise
 */
public record AisImportList(List<AisImportSummary> imports, String attribution) {}
