package org.lowshire.portal.audit.web;

import java.util.List;
import java.util.Map;
import org.lowshire.portal.audit.AuditQuery;
import org.lowshire.portal.audit.AuditRow;
import org.lowshire.portal.audit.AuditSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages of audit events for a PrimeFaces lazy table, newest first; the criteria come from the page's form. */
public class AuditRowsModel extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    private final transient AuditSearch search;
    private final AuditQuery query;

    AuditRowsModel(AuditSearch search, AuditQuery query) {
        this.search = search;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return search.count(query);
    }

    @Override
    public List<AuditRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return search.page(query, first, pageSize);
    }

    @Override
    public String getRowKey(AuditRow row) {
        return Long.toString(row.id());
    }

    @Override
    public AuditRow getRowData(String rowKey) {
        return null;
    }
}
