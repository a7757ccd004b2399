package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates, replaces and deletes regions after {@link RegionValidation}. The aggregation service notices a new version
 * (raised by the table's trigger) and recomputes the region's events and series; the dashboard only writes the row.
 */
@Service
class RegionEditor {

    private final RegionRepository regions;
    private final RegionValidation validation;

    RegionEditor(RegionRepository regions, DashboardProperties properties, JsonMapper json) {
        this.regions = regions;
        this.validation = new RegionValidation(properties.regions().maxVertices(), json);
    }

    @Transactional
    Region create(RegionRequest request) {
        RegionRow row = validation.validate(request);
        checkPort(row, null);
        long id;
        try {
            id = regions.insert(row);
        } catch (DuplicateKeyException e) {
            throw new RegionNameTakenException(row.name());
        }
        return regions.find(id).orElseThrow();
    }

    @Transactional
    Region replace(long id, RegionRequest request) {
        Region existing = find(id);
        RegionRow row = validation.validate(request);
        checkPort(row, id);
        if (existing.kind().equals("port") && !row.kind().equals("port") && regions.anchoragesOf(id) > 0) {
            throw new BadRequestException(
                    "kind", "'kind' cannot change: anchorages name this port as theirs; change or delete them first");
        }
        try {
            regions.update(id, row);
        } catch (DuplicateKeyException e) {
            throw new RegionNameTakenException(row.name());
        }
        return regions.find(id).orElseThrow();
    }

    void delete(long id) {
        if (!regions.delete(id)) {
            throw notFound(id);
        }
    }

    Region find(long id) {
        return regions.find(id).orElseThrow(() -> notFound(id));
    }

    private void checkPort(RegionRow row, Long self) {
        Long portId = row.portId();
        if (portId == null) {
            return;
        }
        boolean isPort = !portId.equals(self)
                && regions.find(portId).map(port -> port.kind().equals("port")).orElse(false);
        if (!isPort) {
            throw new BadRequestException("portId", "'portId' " + portId + " is not the id of a port region");
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("no region with id " + id);
    }
}
