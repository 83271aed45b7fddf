package org.lowshire.portal.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.lowshire.portal.shared.SpreadsheetCells;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * PrimeFaces' CSV exporter with every header and cell passed through {@link SpreadsheetCells#neutralise}, so no
 * exported text runs as a formula. {@link Registration} puts it in place of the default for every table before the
 * first page renders, so each {@code <p:dataExporter type="csv">} uses it without naming it. (There is no XLSX
 * export: Apache POI is not on the class path; an XLSX exporter would be registered here the same way.)
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(
            FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, neutralised(value), index);
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        super.exportColumnFacetValue(context, table, neutralised(value), index);
    }

    static ColumnValue neutralised(ColumnValue value) {
        if (value == null || value.getValue() == null) {
            return value;
        }
        String text = value.toString();
        String safe = SpreadsheetCells.neutralise(text);
        return safe.equals(text) ? value : ColumnValue.of(safe);
    }

    /**
     * Registered in faces-config.xml: replaces the CSV exporter before the first page renders (no table can be
     * exported before its page was rendered). Not at application start: PrimeFaces' context cannot be built from
     * Faces' start-up listener on WildFly (UT010042).
     */
    public static class Registration implements SystemEventListener {

        private static volatile boolean registered;

        @Override
        public boolean isListenerForSource(Object source) {
            return !registered;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            if (!registered) {
                synchronized (Registration.class) {
                    if (!registered) {
                        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                        registered = true;
                    }
                }
            }
        }
    }
}
