package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.model.ais.VesselCategory;

/**
 * Who a simulated vessel is: what its static reports say. A vessel with no {@code shipType} never sends static data,
 * like the many real transponders that are heard only by their positions; it counts as unknown.
 *
 * @param name null for a vessel that sends no static data
 * @param imo null for vessels without one (class B craft, most fishing boats)
 * @param classB class B transponders send type 18 positions and type 24 static data, class A types 1/3 and 5
 * @param draught null for class B, whose static data has none
 * @param headingAvailable many small craft have no heading sensor and send "not available" (511)
 */
record SimulatedVessel(
        int mmsi,
        String name,
        String callSign,
        Integer imo,
        Integer shipType,
        boolean classB,
        int toBow,
        int toStern,
        int toPort,
        int toStarboard,
        Double draught,
        boolean headingAvailable) {

    boolean sendsStatic() {
        return shipType != null;
    }

    VesselCategory category() {
        return VesselCategory.ofShipType(shipType);
    }
}
