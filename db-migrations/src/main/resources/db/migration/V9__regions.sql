-- Regions (issue 16): named polygons where traffic is watched (chokepoints with their two gates, ports, anchorages,
-- free areas), the events the aggregation service derives from positions in them (transits, port calls, waiting),
-- each vessel's detector state between batches, and the series per region, window and category. The presets at the
-- end are generated from db/presets/regions.geojson by scripts/region-presets.py.

CREATE TABLE region (
    id              bigserial   PRIMARY KEY,
    name            text        NOT NULL UNIQUE,
    kind            text        NOT NULL CHECK (kind IN ('chokepoint', 'port', 'anchorage', 'area')),
    geometry        jsonb       NOT NULL CHECK (geometry ->> 'type' IN ('Polygon', 'MultiPolygon')),
    gates           jsonb,
    direction_names jsonb,
    port_id         bigint      REFERENCES region (id) ON DELETE SET NULL,
    preset          boolean     NOT NULL DEFAULT false,
    note            text,
    version         integer     NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    -- a transit needs both ends; nothing else has ends
    CHECK ((kind = 'chokepoint') = (gates IS NOT NULL)),
    CHECK (gates IS NULL OR (gates -> 'a' ->> 'type' = 'LineString' AND gates -> 'b' ->> 'type' = 'LineString')),
    CHECK (port_id IS NULL OR kind = 'anchorage')
);

COMMENT ON TABLE region IS 'Named polygons whose traffic is derived into region_event and the region_count_* series: chokepoints, ports, anchorages, areas.';
COMMENT ON COLUMN region.geometry IS 'GeoJSON Polygon or MultiPolygon, WGS84, [lon, lat], exterior rings counter-clockwise.';
COMMENT ON COLUMN region.gates IS 'Chokepoints only: {"a": LineString, "b": LineString}, each across the whole width of the passage at one end. A track crossing a, then b, is a transit ab.';
COMMENT ON COLUMN region.direction_names IS 'What ab and ba mean for people, e.g. {"ab": "southbound", "ba": "northbound"}.';
COMMENT ON COLUMN region.port_id IS 'An anchorage''s port: ships waiting there are waiting for it.';
COMMENT ON COLUMN region.preset IS 'Shipped with the schema (an approximation drawn from public charts, see note), not drawn by a user.';
COMMENT ON COLUMN region.version IS 'Raised by a trigger whenever kind, geometry or gates change; events and series of an older version are recomputed.';

-- Renaming a region or rewording its note changes no event, so only what the detectors read raises the version.
CREATE FUNCTION touch_region() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IS DISTINCT FROM OLD.kind
            OR NEW.geometry IS DISTINCT FROM OLD.geometry
            OR NEW.gates IS DISTINCT FROM OLD.gates THEN
        NEW.version := OLD.version + 1;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER region_touch BEFORE UPDATE ON region FOR EACH ROW EXECUTE FUNCTION touch_region();

CREATE TABLE region_event (
    id             bigserial   PRIMARY KEY,
    region_id      bigint      NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    kind           text        NOT NULL CHECK (kind IN ('transit', 'port-call', 'waiting')),
    mmsi           integer     NOT NULL,
    started_at     timestamptz NOT NULL,
    -- null while the event is open (the vessel is still in the port, the anchorage or between the gates)
    ended_at       timestamptz CHECK (ended_at >= started_at),
    -- transits only: 'ab' (crossed gate a first) or 'ba'
    direction      text        CHECK (direction IN ('ab', 'ba')),
    -- the VesselCategory key of the vessel's ship type as known at started_at
    category       text        NOT NULL,
    -- the draught reported nearest to the event, when the vessel reported one
    draught        real,
    region_version integer     NOT NULL,
    CHECK ((kind = 'transit') = (direction IS NOT NULL)),
    -- an incremental run and a rebuild find the same event under the same key and upsert it
    UNIQUE (region_id, kind, mmsi, started_at)
);

COMMENT ON TABLE region_event IS 'Transits of chokepoints, port calls and waiting at anchor, one row per vessel and event; kept forever like the series.';

-- the latest events of a region (the Regions page), and a region's events over a time range (its series)
CREATE INDEX region_event_region_started_at ON region_event (region_id, started_at DESC);
-- every region's events over a time range (rebuilds after an import)
CREATE INDEX region_event_started_at ON region_event (started_at);

CREATE TABLE region_track (
    mmsi           integer     PRIMARY KEY,
    -- the detectors' state for this vessel: last position, regions it is in, open events, gates crossed and when
    state          jsonb       NOT NULL,
    last_report_at timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE region_track IS 'Per vessel, where the region detectors left off, so that the next batch (or a restarted service) continues its tracks.';

-- One row per region, window and category ('total' or a VesselCategory key), like ship_count_agg's windows:
-- interval-aligned windows of report time (AIS_BATCH_INTERVAL, 5 minutes by default).
CREATE TABLE region_count_agg (
    region_id          bigint      NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    window_start       timestamptz NOT NULL,
    category           text        NOT NULL,
    -- distinct vessels with a position inside the region in the window
    vessels_present    integer     NOT NULL DEFAULT 0,
    -- transits that ended (crossed their second gate) in the window, per direction
    transits_ab        integer     NOT NULL DEFAULT 0,
    transits_ba        integer     NOT NULL DEFAULT 0,
    port_calls_started integer     NOT NULL DEFAULT 0,
    -- vessels whose waiting event covers part of the window
    vessels_waiting    integer     NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (region_id, window_start, category)
);

COMMENT ON TABLE region_count_agg IS 'Per region, window and category (total included): vessels present, transits per direction, port calls started, vessels waiting. Kept forever like ship_count_agg.';

-- Hourly and daily rollups of region_count_agg, as ship_count_rollup is of ship_count_agg: "windows" counts the
-- period's region_count_agg rows; vessels present and waiting are levels (average and maximum over those windows),
-- transits and port calls are flows (sums).
CREATE TABLE region_count_rollup (
    region_id           bigint           NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    period              text             NOT NULL CHECK (period IN ('hour', 'day')),
    period_start        timestamptz      NOT NULL,
    category            text             NOT NULL,
    windows             integer          NOT NULL,
    vessels_present_avg double precision NOT NULL,
    vessels_present_max integer          NOT NULL,
    transits_ab         integer          NOT NULL,
    transits_ba         integer          NOT NULL,
    port_calls_started  integer          NOT NULL,
    vessels_waiting_avg double precision NOT NULL,
    vessels_waiting_max integer          NOT NULL,
    updated_at          timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (region_id, period, period_start, category)
);

COMMENT ON TABLE region_count_rollup IS 'Per region, UTC hour or day and category (total included): average and maximum vessels present and waiting per window, transits per direction and port calls started. Kept forever.';

-- BEGIN PRESETS (generated by scripts/region-presets.py from db/presets/regions.geojson; do not edit by hand)
INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Suez Canal', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[32.27,31.2],[32.28,30.85],[32.25,30.62],[32.25,30.5],[32.3,30.38],[32.37,30.25],[32.5,30.1],[32.469,29.93],[32.6,29.93],[32.6,30.1],[32.5,30.25],[32.45,30.38],[32.38,30.5],[32.36,30.62],[32.37,30.85],[32.409,31.2],[32.27,31.2]]]}',
    '{"a":{"type":"LineString","coordinates":[[32.27,31.2],[32.409,31.2]]},"b":{"type":"LineString","coordinates":[[32.469,29.93],[32.6,29.93]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The canal and both branches from just south of Port Said to Port Tewfik, with Lake Timsah and the Bitter Lakes. Gate a crosses the canal (main channel and the east branch) south of Port Said, gate b crosses the Suez entrance at Port Tewfik.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Panama Canal', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[-79.955,9.37],[-79.96,9.25],[-79.92,9.17],[-79.8,9.1],[-79.7,9.08],[-79.65,9.02],[-79.62,8.97],[-79.58,8.91],[-79.521,8.91],[-79.56,9.01],[-79.61,9.07],[-79.67,9.13],[-79.74,9.16],[-79.82,9.2],[-79.88,9.25],[-79.87,9.37],[-79.955,9.37]]]}',
    '{"a":{"type":"LineString","coordinates":[[-79.955,9.37],[-79.87,9.37]]},"b":{"type":"LineString","coordinates":[[-79.58,8.91],[-79.521,8.91]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Limon Bay, the Gatun and Agua Clara locks, the channel through Gatun Lake, the Culebra Cut, the Pedro Miguel, Miraflores and Cocoli locks and Balboa. Gate a crosses Limon Bay at the breakwaters (Atlantic end), gate b the Pacific entrance west of the Amador causeway.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Bosporus Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[29.1,41.235],[29.045,41.18],[29.04,41.12],[29.04,41.08],[29.01,41.04],[28.983,41.01],[29.015,41.0],[29.05,41.04],[29.075,41.08],[29.085,41.12],[29.1,41.18],[29.16,41.215],[29.1,41.235]]]}',
    '{"a":{"type":"LineString","coordinates":[[29.1,41.235],[29.16,41.215]]},"b":{"type":"LineString","coordinates":[[28.983,41.01],[29.015,41.0]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait from the Black Sea entrance (Rumelifeneri to Anadolufeneri, gate a) to the Sea of Marmara (Sarayburnu to Harem, gate b).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Bab el-Mandeb Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[42.914,12.85],[43.15,12.65],[43.323,12.444],[43.56,12.735],[43.465,12.68],[43.475,12.85],[42.914,12.85]]]}',
    '{"a":{"type":"LineString","coordinates":[[42.914,12.85],[43.475,12.85]]},"b":{"type":"LineString","coordinates":[[43.323,12.444],[43.56,12.735]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait with Perim island and both channels. Gate a crosses the Red Sea side from the Eritrean coast to Yemen at 12.85°N, gate b the Gulf of Aden side from Ras Siyyan (Djibouti) to the Yemeni coast east of the cape.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Malacca Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[99.95,2.9],[100.8,2.25],[101.5,2.1],[102.1,1.65],[102.8,1.3],[103.4,1.15],[103.505,1.285],[102.9,1.85],[102.25,2.22],[101.8,2.45],[101.28,3.05],[100.98,3.72],[99.95,2.9]]]}',
    '{"a":{"type":"LineString","coordinates":[[99.95,2.9],[100.98,3.72]]},"b":{"type":"LineString","coordinates":[[103.4,1.15],[103.505,1.285]]}}',
    '{"ab":"southeastbound","ba":"northwestbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The southern half of the strait, from Tanjung Balai (Sumatra) and Sungai Besar (Malaysia) (gate a, north-west of Port Klang) to the Main Strait between Karimun''s northern point and Tanjung Piai (gate b, the entrance of the Singapore Strait); the shallower channels west of Karimun are left out. Port Klang lies inside.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Strait of Hormuz', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[56.17,26.158],[56.36,26.4],[56.44,26.22],[57.0,26.85],[56.55,26.98],[56.28,26.82],[55.9,26.72],[56.17,26.158]]]}',
    '{"a":{"type":"LineString","coordinates":[[56.17,26.158],[55.9,26.72]]},"b":{"type":"LineString","coordinates":[[56.44,26.22],[57.0,26.85]]}}',
    '{"ab":"outbound (to the Gulf of Oman)","ba":"inbound (to the Persian Gulf)"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait around the Musandam peninsula, south of Qeshm, Larak and Hormuz islands. Gate a crosses the Gulf side from Musandam''s west coast to Qeshm, gate b the Gulf of Oman side from Musandam''s east coast to the Iranian coast near Kuhestak.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Cape of Good Hope', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[18.4,-37.0],[20.0,-37.0],[20.0,-34.825],[19.64,-34.78],[19.3,-34.63],[18.83,-34.39],[18.47,-34.36],[18.4,-34.26],[18.4,-37.0]]]}',
    '{"a":{"type":"LineString","coordinates":[[18.4,-34.26],[18.4,-37.0]]},"b":{"type":"LineString","coordinates":[[20.0,-34.825],[20.0,-37.0]]}}',
    '{"ab":"eastbound","ba":"westbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Open sea, not a strait: the polygon is the sea south of the Cape Peninsula, across the mouth of False Bay and along the coast to Cape Agulhas, down to 37°S. Gate a runs south along 18.4°E from the Cape Peninsula, gate b along 20°E from Cape Agulhas, both to 37°S.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Gibraltar Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[-5.92,35.79],[-5.75,35.82],[-5.55,35.85],[-5.48,35.915],[-5.29,35.9],[-5.345,36.11],[-5.43,36.07],[-5.61,36.0],[-5.8,36.08],[-6.031,36.184],[-5.92,35.79]]]}',
    '{"a":{"type":"LineString","coordinates":[[-6.031,36.184],[-5.92,35.79]]},"b":{"type":"LineString","coordinates":[[-5.345,36.11],[-5.29,35.9]]}}',
    '{"ab":"eastbound","ba":"westbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait from Cape Trafalgar to Cape Spartel (gate a, Atlantic end) to Europa Point and Ceuta (gate b, Mediterranean end), with the mouth of the Bay of Algeciras and Tanger Med.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Dover Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[1.446,51.372],[1.4,51.22],[1.31,51.11],[1.18,51.07],[0.97,50.91],[1.597,50.746],[1.58,50.87],[1.85,50.97],[2.098,51.003],[1.446,51.372]]]}',
    '{"a":{"type":"LineString","coordinates":[[1.446,51.372],[2.098,51.003]]},"b":{"type":"LineString","coordinates":[[0.97,50.91],[1.597,50.746]]}}',
    '{"ab":"southwestbound","ba":"northeastbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait from North Foreland to Dunkirk (gate a, North Sea end) to Dungeness and the French coast north of Boulogne (gate b, English Channel end), with both lanes of the traffic separation scheme.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Oresund Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[12.58,56.045],[12.57,55.98],[12.55,55.88],[12.6,55.72],[12.66,55.59],[12.931,55.517],[13.02,55.62],[12.92,55.76],[12.84,55.87],[12.74,56.0],[12.7,56.08],[12.58,56.045]]]}',
    '{"a":{"type":"LineString","coordinates":[[12.58,56.045],[12.7,56.08]]},"b":{"type":"LineString","coordinates":[[12.66,55.59],[12.931,55.517]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The Sound from the Helsingør-Helsingborg narrows (gate a) to a line from Dragør to Klagshamn across the Drogden and Flinterenden channels (gate b), with Ven, Copenhagen''s and Malmö''s harbours.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Taiwan Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[119.784,25.451],[119.3,25.05],[118.75,24.7],[118.15,24.35],[117.45,23.7],[120.64,22.282],[120.15,23.0],[120.1,23.5],[120.5,24.28],[121.1,25.08],[121.5,25.28],[119.784,25.451]]]}',
    '{"a":{"type":"LineString","coordinates":[[119.784,25.451],[121.5,25.28]]},"b":{"type":"LineString","coordinates":[[117.45,23.7],[120.64,22.282]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between the Fujian coast and Taiwan''s west coast, with Penghu. Gate a runs from Pingtan to Taiwan''s northern cape, gate b from Dongshan (Fujian) to Taiwan''s south-west coast near Fangliao.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Korea Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[129.384,35.489],[129.1,35.05],[128.7,34.78],[128.427,34.728],[129.55,33.37],[129.9,33.5],[130.4,33.7],[130.9,34.0],[131.225,34.385],[129.384,35.489]]]}',
    '{"a":{"type":"LineString","coordinates":[[129.384,35.489],[131.225,34.385]]},"b":{"type":"LineString","coordinates":[[128.427,34.728],[129.55,33.37]]}}',
    '{"ab":"southwestbound","ba":"northeastbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Both channels around Tsushima, between Korea and Kyushu. Gate a crosses the Sea of Japan side from Ulsan to Honshu near Nagato, gate b the East China Sea side from Korea''s south coast west of Geoje to Hirado.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Tsugaru Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[140.35,41.25],[140.78,41.25],[140.9,41.52],[141.17,41.45],[141.46,41.43],[141.18,41.81],[140.98,41.72],[140.7,41.75],[140.42,41.63],[140.2,41.42],[140.35,41.25]]]}',
    '{"a":{"type":"LineString","coordinates":[[140.2,41.42],[140.35,41.25]]},"b":{"type":"LineString","coordinates":[[141.18,41.81],[141.46,41.43]]}}',
    '{"ab":"eastbound","ba":"westbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between Honshu and Hokkaido. Gate a crosses the Sea of Japan end (Tappi-zaki to Shirakami-misaki), gate b the Pacific end (Shiriya-zaki to Esan-misaki).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Luzon Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[120.57,18.5],[121.0,18.55],[121.6,18.37],[122.24,18.5],[120.875,22.05],[120.85,21.9],[120.72,22.0],[120.57,18.5]]]}',
    '{"a":{"type":"LineString","coordinates":[[120.72,22.0],[120.57,18.5]]},"b":{"type":"LineString","coordinates":[[120.875,22.05],[122.24,18.5]]}}',
    '{"ab":"eastbound","ba":"westbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The Bashi, Balintang and Babuyan channels between Taiwan and Luzon. Gate a runs from Taiwan''s south-west coast to Luzon''s north-west coast (South China Sea side), gate b from Taiwan''s south-east coast to Cape Engaño (Pacific side); the Batanes islands lie east of gate b.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Lombok Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[115.614,-8.3],[115.72,-8.4],[115.52,-8.53],[115.26,-8.7],[115.165,-8.845],[115.895,-8.84],[115.84,-8.74],[116.04,-8.5],[116.115,-8.385],[115.614,-8.3]]]}',
    '{"a":{"type":"LineString","coordinates":[[115.614,-8.3],[116.115,-8.385]]},"b":{"type":"LineString","coordinates":[[115.165,-8.845],[115.895,-8.84]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between Bali and Lombok, with Nusa Penida and the Badung Strait. Gate a crosses the Bali Sea end, gate b the Indian Ocean end from Bali''s Bukit peninsula to Lombok''s south-west cape.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Ombai Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[124.305,-9.219],[124.87,-9.0],[125.2,-8.78],[125.517,-8.561],[125.12,-8.3],[124.9,-8.38],[124.4,-8.42],[124.1,-8.5],[124.305,-9.219]]]}',
    '{"a":{"type":"LineString","coordinates":[[124.1,-8.5],[124.305,-9.219]]},"b":{"type":"LineString","coordinates":[[125.12,-8.3],[125.517,-8.561]]}}',
    '{"ab":"eastbound","ba":"westbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between Pantar and Alor (north) and Timor (south). Gate a crosses the Savu Sea end from Pantar to Timor near Oecusse, gate b the Wetar Strait end from Alor''s east cape to Timor west of Dili (Atauro lies east of it).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Bohai Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[121.35,38.824],[121.15,38.725],[121.12,38.82],[120.7,37.8],[121.0,37.7],[121.35,37.57],[121.35,38.824]]]}',
    '{"a":{"type":"LineString","coordinates":[[121.35,38.824],[121.35,37.57]]},"b":{"type":"LineString","coordinates":[[121.12,38.82],[120.7,37.8]]}}',
    '{"ab":"westbound (into the Bohai Sea)","ba":"eastbound (to the Yellow Sea)"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between the Liaodong peninsula (Laotieshan) and the Shandong peninsula (Penglai, Yantai), with the Miaodao islands. Gate a is the Yellow Sea side (Lüshun to Yantai), gate b the Bohai side (Laotieshan''s west coast to Penglai).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Torres Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[142.15,-11.25],[142.51,-10.72],[142.7,-11.0],[143.4,-9.0],[142.7,-9.2],[142.0,-9.176],[142.15,-11.25]]]}',
    '{"a":{"type":"LineString","coordinates":[[142.0,-9.176],[142.15,-11.25]]},"b":{"type":"LineString","coordinates":[[143.4,-9.0],[142.7,-11.0]]}}',
    '{"ab":"eastbound","ba":"westbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between Cape York and New Guinea with its islands, the Prince of Wales and Great North East channels. Gate a crosses the Arafura Sea side from New Guinea to Cape York''s west coast, gate b the Coral Sea side from near Daru to Cape York''s east coast.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Sunda Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[105.75,-5.86],[105.25,-5.85],[104.58,-5.9],[105.22,-6.75],[105.65,-6.47],[105.85,-6.2],[106.004,-5.921],[105.75,-5.86]]]}',
    '{"a":{"type":"LineString","coordinates":[[105.75,-5.86],[106.004,-5.921]]},"b":{"type":"LineString","coordinates":[[104.58,-5.9],[105.22,-6.75]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between Java and Sumatra, with Krakatau. Gate a is the Merak-Bakauheni narrows (Java Sea end), gate b runs from Sumatra''s Vlakke Hoek to Java''s Ujung Kulon (Indian Ocean end).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Makassar Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[118.95,1.0],[117.55,0.15],[117.5,-0.6],[116.85,-1.3],[116.4,-2.2],[116.4,-3.3],[116.1,-4.02],[119.4,-5.4],[119.55,-4.0],[118.9,-3.55],[118.85,-2.7],[119.3,-1.5],[119.75,-0.7],[120.25,0.8],[118.95,1.0]]]}',
    '{"a":{"type":"LineString","coordinates":[[118.95,1.0],[120.25,0.8]]},"b":{"type":"LineString","coordinates":[[116.1,-4.02],[119.4,-5.4]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between East Kalimantan and Sulawesi. Gate a crosses the Celebes Sea end from the Mangkalihat peninsula to Sulawesi, gate b the Java Sea end from Laut island to Sulawesi south of Makassar.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Magellan Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[-68.43,-52.39],[-69.5,-52.45],[-70.3,-52.6],[-70.9,-53.1],[-71.3,-53.85],[-72.2,-53.55],[-73.0,-53.15],[-73.8,-52.8],[-74.5,-52.4],[-74.674,-52.753],[-73.9,-52.95],[-73.1,-53.35],[-72.2,-53.72],[-71.3,-54.0],[-70.8,-53.7],[-70.45,-53.35],[-70.3,-52.78],[-69.5,-52.6],[-68.605,-52.668],[-68.43,-52.39]]]}',
    '{"a":{"type":"LineString","coordinates":[[-68.43,-52.39],[-68.605,-52.668]]},"b":{"type":"LineString","coordinates":[[-74.5,-52.4],[-74.674,-52.753]]}}',
    '{"ab":"westbound","ba":"eastbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The whole strait, drawn wider than the channel, through the First and Second Narrows, past Punta Arenas and Cape Froward and up the western reaches. Gate a crosses the Atlantic entrance (Punta Dungeness to Cabo Espíritu Santo), gate b the Pacific entrance at Cabo Pilar.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Yucatan Channel', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[-84.8,21.82],[-84.95,21.87],[-84.68,21.96],[-87.064,21.597],[-86.78,21.45],[-86.808,21.184],[-84.8,21.82]]]}',
    '{"a":{"type":"LineString","coordinates":[[-86.808,21.184],[-84.8,21.82]]},"b":{"type":"LineString","coordinates":[[-87.064,21.597],[-84.68,21.96]]}}',
    '{"ab":"northbound","ba":"southbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The channel between the Yucatan peninsula and western Cuba. Gate a crosses the Caribbean side (Cancún to Cuba''s south coast east of Cabo San Antonio), gate b the Gulf of Mexico side (Cabo Catoche to Cuba''s north coast east of Cabo San Antonio).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Windward Passage', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[-74.2,20.3],[-74.13,20.22],[-74.6,20.05],[-73.38,19.68],[-73.42,19.82],[-73.175,19.921],[-74.2,20.3]]]}',
    '{"a":{"type":"LineString","coordinates":[[-74.2,20.3],[-73.175,19.921]]},"b":{"type":"LineString","coordinates":[[-74.6,20.05],[-73.38,19.68]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The passage between eastern Cuba (Punta Maisí) and Haiti''s north-west peninsula (Môle-Saint-Nicolas). Gate a crosses the Atlantic side, gate b the Caribbean side.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Mona Passage', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[-68.55,18.78],[-68.33,18.6],[-68.45,18.35],[-68.58,18.12],[-67.186,17.929],[-67.2,18.2],[-67.28,18.36],[-67.148,18.495],[-68.55,18.78]]]}',
    '{"a":{"type":"LineString","coordinates":[[-68.55,18.78],[-67.148,18.495]]},"b":{"type":"LineString","coordinates":[[-68.58,18.12],[-67.186,17.929]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The passage between Hispaniola and Puerto Rico, with Mona island. Gate a crosses the Atlantic side (north of Cabo Engaño to Punta Borinquen), gate b the Caribbean side (Saona to Cabo Rojo).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Balabac Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[116.755,7.005],[116.92,7.28],[117.15,7.33],[117.334,7.264],[117.07,7.92],[117.0,7.83],[116.96,7.92],[116.755,7.005]]]}',
    '{"a":{"type":"LineString","coordinates":[[116.96,7.92],[116.755,7.005]]},"b":{"type":"LineString","coordinates":[[117.07,7.92],[117.334,7.264]]}}',
    '{"ab":"eastbound","ba":"westbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between Balabac island (Palawan) and Balambangan, Banggi and northern Borneo. Gate a crosses the South China Sea side from Balabac to Borneo''s northern tip, gate b the Sulu Sea side from Balabac to Banggi.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Bering Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[-167.884,65.548],[-168.1,65.64],[-167.684,65.788],[-169.78,66.15],[-169.66,66.08],[-170.485,65.809],[-167.884,65.548]]]}',
    '{"a":{"type":"LineString","coordinates":[[-170.485,65.809],[-167.884,65.548]]},"b":{"type":"LineString","coordinates":[[-169.78,66.15],[-167.684,65.788]]}}',
    '{"ab":"northbound","ba":"southbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between Cape Dezhnev and Cape Prince of Wales, with the Diomede islands. Gate a crosses the Bering Sea side, gate b the Chukchi Sea side (Uelen to the Alaskan coast north-east of Wales).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Mindoro Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[120.05,12.213],[120.3,12.1],[120.255,11.881],[121.021,12.209],[121.05,12.35],[120.8,12.8],[120.647,13.197],[120.05,12.213]]]}',
    '{"a":{"type":"LineString","coordinates":[[120.05,12.213],[120.647,13.197]]},"b":{"type":"LineString","coordinates":[[120.255,11.881],[121.021,12.209]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between the Calamian islands (Busuanga, Coron) and Mindoro, with Apo Reef. Gate a crosses the South China Sea side, gate b the Sulu Sea side.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Kerch Strait', 'chokepoint',
    '{"type":"Polygon","coordinates":[[[36.6,45.42],[36.55,45.33],[36.5,45.22],[36.42,45.1],[36.66,45.134],[36.65,45.22],[36.68,45.3],[36.78,45.43],[36.6,45.42]]]}',
    '{"a":{"type":"LineString","coordinates":[[36.6,45.42],[36.78,45.43]]},"b":{"type":"LineString","coordinates":[[36.42,45.1],[36.66,45.134]]}}',
    '{"ab":"southbound","ba":"northbound"}',
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The strait between the Kerch and Taman peninsulas, with the Kerch-Yenikale channel and Kerch bay. Gate a crosses the Sea of Azov end, gate b the Black Sea end (Cape Takil to Cape Panagia).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Shanghai', 'port',
    '{"type":"MultiPolygon","coordinates":[[[[122.0,30.6],[122.13,30.6],[122.13,30.66],[122.0,30.66],[122.0,30.6]]],[[[121.49,31.37],[121.66,31.32],[121.68,31.35],[121.51,31.41],[121.49,31.37]]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Two parts: the Yangshan deep-water terminals and the Waigaoqiao terminals on the Yangtze''s south bank up to Wusongkou.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Shanghai Yangshan anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[122.15,30.5],[122.3,30.5],[122.3,30.58],[122.15,30.58],[122.15,30.5]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Shanghai'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area south-east of Yangshan.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Shanghai Yangtze estuary anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[121.5,31.44],[121.57,31.44],[121.57,31.48],[121.5,31.48],[121.5,31.44]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Shanghai'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in the South Branch of the Yangtze off Baoshan, above Wusongkou.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Singapore', 'port',
    '{"type":"Polygon","coordinates":[[[103.6,1.22],[103.87,1.24],[103.87,1.28],[103.8,1.3],[103.6,1.3],[103.6,1.22]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Tuas, Jurong, Pasir Panjang, Keppel and Tanjong Pagar along the south coast.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Singapore eastern anchorages', 'anchorage',
    '{"type":"Polygon","coordinates":[[[103.88,1.23],[104.02,1.26],[104.02,1.3],[103.88,1.27],[103.88,1.23]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Singapore'), true,
    'Approximation drawn from public charts for research use, not for navigation. The eastern anchorages off the East Coast, north of the traffic separation scheme.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Singapore western anchorages', 'anchorage',
    '{"type":"Polygon","coordinates":[[[103.62,1.17],[103.76,1.18],[103.76,1.22],[103.62,1.21],[103.62,1.17]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Singapore'), true,
    'Approximation drawn from public charts for research use, not for navigation. The western anchorages south of Jurong island, north of the traffic separation scheme.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Ningbo-Zhoushan', 'port',
    '{"type":"Polygon","coordinates":[[[121.78,29.93],[121.9,29.9],[122.1,29.86],[122.12,29.92],[121.98,29.98],[121.8,30.0],[121.78,29.93]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Beilun, Daxie and Chuanshan terminals along the Jintang channel.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Ningbo-Zhoushan anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[122.1,29.81],[122.18,29.81],[122.18,29.86],[122.1,29.86],[122.1,29.81]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Ningbo-Zhoushan'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area south-east of Chuanshan; the port has several anchorages among the Zhoushan islands, this is one of them.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Shenzhen', 'port',
    '{"type":"MultiPolygon","coordinates":[[[[114.24,22.555],[114.31,22.555],[114.31,22.605],[114.24,22.605],[114.24,22.555]]],[[[113.85,22.45],[113.93,22.45],[113.93,22.56],[113.85,22.56],[113.85,22.45]]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Two parts: Yantian on Mirs Bay, and Shekou, Chiwan and Mawan on the Pearl River side.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Shenzhen Mirs Bay anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[114.33,22.5],[114.41,22.5],[114.41,22.56],[114.33,22.56],[114.33,22.5]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Shenzhen'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area for Yantian in Mirs Bay.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Shenzhen western anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[113.75,22.38],[113.83,22.38],[113.83,22.46],[113.75,22.46],[113.75,22.38]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Shenzhen'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area near Neilingding island for the western terminals.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Qingdao', 'port',
    '{"type":"Polygon","coordinates":[[[120.14,35.98],[120.26,35.96],[120.34,36.06],[120.32,36.11],[120.18,36.08],[120.14,35.98]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Qianwan container terminals, the mouth of Jiaozhou Bay and the old Dagang harbour.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Qingdao anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[120.3,35.88],[120.45,35.88],[120.45,35.96],[120.3,35.96],[120.3,35.88]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Qingdao'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area outside Jiaozhou Bay, south-east of the entrance.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Guangzhou', 'port',
    '{"type":"Polygon","coordinates":[[[113.59,22.61],[113.69,22.61],[113.69,22.74],[113.59,22.74],[113.59,22.61]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Nansha terminals on Longxue island and the Pearl River channel in front of them.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Guangzhou Lingdingyang anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[113.7,22.5],[113.78,22.5],[113.78,22.58],[113.7,22.58],[113.7,22.5]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Guangzhou'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area in the Pearl River estuary below Nansha.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Busan', 'port',
    '{"type":"MultiPolygon","coordinates":[[[[128.76,35.04],[128.87,35.04],[128.87,35.1],[128.76,35.1],[128.76,35.04]]],[[[129.03,35.08],[129.1,35.08],[129.1,35.13],[129.03,35.13],[129.03,35.08]]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Two parts: Busan New Port and the North Port.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Busan outer anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[129.03,35.0],[129.12,35.0],[129.12,35.05],[129.03,35.05],[129.03,35.0]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Busan'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area south of Yeongdo for the North Port.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Busan New Port anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[128.78,34.93],[128.9,34.93],[128.9,34.98],[128.78,34.98],[128.78,34.93]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Busan'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area south of Busan New Port.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Tianjin', 'port',
    '{"type":"Polygon","coordinates":[[[117.68,38.94],[117.9,38.94],[117.9,39.06],[117.68,39.06],[117.68,38.94]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Tianjin''s Binhai terminals (Dongjiang, Beijiang, Nanjiang).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Tianjin anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[118.0,38.9],[118.15,38.9],[118.15,39.0],[118.0,39.0],[118.0,38.9]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Tianjin'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area east of the approach channel.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Hong Kong', 'port',
    '{"type":"Polygon","coordinates":[[[114.1,22.31],[114.19,22.29],[114.2,22.31],[114.15,22.37],[114.1,22.37],[114.1,22.31]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Kwai Tsing container terminals, the Rambler Channel and western Victoria Harbour.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Hong Kong western anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[114.06,22.24],[114.11,22.24],[114.11,22.29],[114.06,22.29],[114.06,22.24]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Hong Kong'), true,
    'Approximation drawn from public charts for research use, not for navigation. The western and south-western anchorages off Kennedy Town and north of Lamma.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Rotterdam', 'port',
    '{"type":"Polygon","coordinates":[[[3.97,51.93],[4.08,51.92],[4.25,51.87],[4.45,51.87],[4.45,51.91],[4.26,51.93],[4.12,51.99],[3.99,52.01],[3.97,51.93]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Maasvlakte, Europoort, Botlek, Pernis and Waalhaven along the Nieuwe Waterweg.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Rotterdam Maas North anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[3.6,52.05],[3.9,52.05],[3.9,52.15],[3.6,52.15],[3.6,52.05]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Rotterdam'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage north of the Maas approach channel.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Rotterdam Maas Centre anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[3.55,51.88],[3.8,51.88],[3.8,51.96],[3.55,51.96],[3.55,51.88]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Rotterdam'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage south of the Maas approach channel.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Jebel Ali', 'port',
    '{"type":"Polygon","coordinates":[[[55.0,24.97],[55.1,25.03],[55.07,25.065],[54.99,25.02],[55.0,24.97]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The Jebel Ali harbour basins and terminals.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Jebel Ali anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[54.85,25.1],[54.98,25.1],[54.98,25.2],[54.85,25.2],[54.85,25.1]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Jebel Ali'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area offshore north-west of the port.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Port Klang', 'port',
    '{"type":"Polygon","coordinates":[[[101.26,2.92],[101.34,2.92],[101.4,3.0],[101.38,3.04],[101.28,3.02],[101.26,2.92]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Westport on Pulau Indah and Northport.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Port Klang anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[101.12,2.88],[101.22,2.88],[101.22,3.0],[101.12,3.0],[101.12,2.88]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Port Klang'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area in the Malacca Strait west of the port.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Xiamen', 'port',
    '{"type":"Polygon","coordinates":[[[117.95,24.4],[118.07,24.42],[118.1,24.5],[118.06,24.52],[117.98,24.48],[117.95,24.4]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Haicang, Songyu and Dongdu terminals around the western harbour.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Xiamen anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[118.12,24.36],[118.2,24.36],[118.2,24.4],[118.12,24.4],[118.12,24.36]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Xiamen'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area south-east of Xiamen island.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Antwerp-Bruges', 'port',
    '{"type":"MultiPolygon","coordinates":[[[[4.22,51.22],[4.42,51.22],[4.42,51.36],[4.22,51.36],[4.22,51.22]]],[[[3.15,51.31],[3.24,51.31],[3.24,51.37],[3.15,51.37],[3.15,51.31]]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Two parts: Antwerp''s docks on both banks of the Scheldt, and Zeebrugge.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Antwerp-Bruges Wandelaar anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[3.0,51.38],[3.15,51.38],[3.15,51.45],[3.0,51.45],[3.0,51.38]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Antwerp-Bruges'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area off Zeebrugge near the Wandelaar pilot station.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Tanjung Pelepas', 'port',
    '{"type":"Polygon","coordinates":[[[103.52,1.32],[103.57,1.32],[103.57,1.38],[103.52,1.38],[103.52,1.32]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The terminals at the mouth of the Pulai river.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Tanjung Pelepas anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[103.54,1.27],[103.6,1.27],[103.6,1.31],[103.54,1.31],[103.54,1.27]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Tanjung Pelepas'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area south of the port.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Kaohsiung', 'port',
    '{"type":"Polygon","coordinates":[[[120.28,22.57],[120.35,22.5],[120.37,22.54],[120.3,22.625],[120.26,22.625],[120.28,22.57]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The harbour behind the sand bar, between the first and second entrances.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Kaohsiung anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[120.14,22.52],[120.23,22.52],[120.23,22.62],[120.14,22.62],[120.14,22.52]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Kaohsiung'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area offshore west of the harbour.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Los Angeles/Long Beach', 'port',
    '{"type":"Polygon","coordinates":[[[-118.29,33.7],[-118.14,33.72],[-118.14,33.785],[-118.29,33.78],[-118.29,33.7]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Both ports of San Pedro Bay inside the breakwaters.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'San Pedro Bay anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[-118.24,33.64],[-118.06,33.64],[-118.06,33.715],[-118.24,33.695],[-118.24,33.64]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Los Angeles/Long Beach'), true,
    'Approximation drawn from public charts for research use, not for navigation. The anchorages outside the breakwaters.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Hamburg', 'port',
    '{"type":"Polygon","coordinates":[[[9.85,53.49],[10.01,53.5],[10.01,53.545],[9.93,53.55],[9.85,53.55],[9.85,53.49]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The container terminals (Burchardkai, Eurogate, Tollerort, Altenwerder) and the harbour basins on the Elbe.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Hamburg German Bight anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[7.9,53.98],[8.15,53.98],[8.15,54.08],[7.9,54.08],[7.9,53.98]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Hamburg'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area in the German Bight off the Elbe approach, about 130 km from the port.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Laem Chabang', 'port',
    '{"type":"Polygon","coordinates":[[[100.85,13.03],[100.91,13.03],[100.91,13.11],[100.85,13.11],[100.85,13.03]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The Laem Chabang basins and terminals.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Laem Chabang anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[100.76,13.03],[100.83,13.03],[100.83,13.11],[100.76,13.11],[100.76,13.03]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Laem Chabang'), true,
    'Approximation drawn from public charts for research use, not for navigation. Waiting area off the port towards Ko Sichang.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Port Hedland', 'port',
    '{"type":"Polygon","coordinates":[[[118.53,-20.33],[118.63,-20.33],[118.63,-20.28],[118.53,-20.28],[118.53,-20.33]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The inner harbour with the iron ore berths (bulk).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Port Hedland anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[118.4,-20.05],[118.7,-20.05],[118.7,-19.85],[118.4,-19.85],[118.4,-20.05]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Port Hedland'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage offshore north of the port where ore carriers wait for the tide and a berth.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Oslo', 'port',
    '{"type":"Polygon","coordinates":[[[10.7,59.875],[10.78,59.875],[10.78,59.915],[10.7,59.915],[10.7,59.875]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Sjursøya container terminal, Ormsund and the city quays (Filipstad, Vippetangen, Bjørvika).')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Oslo anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[10.645,59.878],[10.672,59.878],[10.672,59.894],[10.645,59.894],[10.645,59.878]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Oslo'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in the inner Oslofjord south-west of Bygdøy, off Lysakerfjorden.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Bergen', 'port',
    '{"type":"Polygon","coordinates":[[[5.29,60.385],[5.335,60.385],[5.335,60.41],[5.29,60.41],[5.29,60.385]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Vågen, Skolten, Dokken and Jekteviken.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Bergen Byfjorden anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[5.275,60.405],[5.3,60.412],[5.272,60.433],[5.255,60.428],[5.275,60.405]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Bergen'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in Byfjorden north-west of the city.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Stavanger', 'port',
    '{"type":"MultiPolygon","coordinates":[[[[5.71,58.965],[5.75,58.965],[5.75,58.985],[5.71,58.985],[5.71,58.965]]],[[[5.58,58.91],[5.61,58.91],[5.61,58.93],[5.58,58.93],[5.58,58.91]]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Two parts: the city harbour (Vågen, Strandkaien) and Risavika.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Stavanger anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[5.665,59.002],[5.71,59.002],[5.71,59.02],[5.665,59.02],[5.665,59.002]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Stavanger'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in the fjord north of the city.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Trondheim', 'port',
    '{"type":"Polygon","coordinates":[[[10.37,63.43],[10.42,63.43],[10.42,63.445],[10.37,63.445],[10.37,63.43]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Brattøra, Pirterminalen and the Ila quays.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Trondheim anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[10.35,63.45],[10.41,63.45],[10.41,63.47],[10.35,63.47],[10.35,63.45]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Trondheim'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in Trondheimsfjorden off the city.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Ålesund', 'port',
    '{"type":"Polygon","coordinates":[[[6.12,62.465],[6.18,62.465],[6.18,62.48],[6.12,62.48],[6.12,62.465]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The city harbour on both sides of Brosundet, with Skansekaia.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Ålesund anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[6.1,62.48],[6.16,62.48],[6.16,62.5],[6.1,62.5],[6.1,62.48]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Ålesund'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage north of the city.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Kristiansand', 'port',
    '{"type":"Polygon","coordinates":[[[7.97,58.135],[8.02,58.135],[8.02,58.155],[7.97,58.155],[7.97,58.135]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. Vesterhavna (container and ferry terminals) and the eastern harbour.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Kristiansand anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[7.98,58.1],[8.04,58.1],[8.04,58.13],[7.98,58.13],[7.98,58.1]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Kristiansand'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in Kristiansandsfjorden south of the city.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Tromsø', 'port',
    '{"type":"Polygon","coordinates":[[[18.94,69.64],[19.0,69.64],[19.0,69.69],[18.94,69.69],[18.94,69.64]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The city quays and Breivika in Tromsøysundet.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Narvik', 'port',
    '{"type":"Polygon","coordinates":[[[17.38,68.42],[17.44,68.42],[17.44,68.445],[17.38,68.445],[17.38,68.42]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The ore harbour (LKAB) and the general cargo quays.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Narvik Ofotfjorden anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[17.28,68.42],[17.36,68.42],[17.36,68.45],[17.28,68.45],[17.28,68.42]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Narvik'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in Ofotfjorden west of the ore harbour, where ore carriers wait.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Hammerfest', 'port',
    '{"type":"Polygon","coordinates":[[[23.58,70.66],[23.71,70.65],[23.72,70.67],[23.62,70.7],[23.58,70.7],[23.58,70.66]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The town harbour and the Melkøya LNG terminal.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Mongstad', 'port',
    '{"type":"Polygon","coordinates":[[[5.0,60.8],[5.06,60.8],[5.06,60.825],[5.0,60.825],[5.0,60.8]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The refinery and crude oil terminal in Fensfjorden.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Mongstad Fensfjorden anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[4.88,60.82],[4.96,60.82],[4.96,60.85],[4.88,60.85],[4.88,60.82]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Mongstad'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in Fensfjorden west of the terminal.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Sture', 'port',
    '{"type":"Polygon","coordinates":[[[4.82,60.6],[4.87,60.6],[4.87,60.63],[4.82,60.63],[4.82,60.6]]]}',
    NULL,
    NULL,
    NULL, true,
    'Approximation drawn from public charts for research use, not for navigation. The Sture crude oil terminal in Øygarden.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;

INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (
    'Sture Hjeltefjorden anchorage', 'anchorage',
    '{"type":"Polygon","coordinates":[[[4.86,60.56],[4.92,60.56],[4.92,60.6],[4.86,60.6],[4.86,60.56]]]}',
    NULL,
    NULL,
    (SELECT id FROM region WHERE name = 'Sture'), true,
    'Approximation drawn from public charts for research use, not for navigation. Anchorage in Hjeltefjorden south of the terminal.')
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,
    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note
    WHERE region.preset;
-- END PRESETS
