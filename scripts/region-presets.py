#!/usr/bin/env python3
"""Writes the preset regions of db/presets/regions.geojson into a Flyway migration as SQL.

Usage: scripts/region-presets.py [migration]   (default: V9__regions.sql)

The statements go between the lines "-- BEGIN PRESETS" and "-- END PRESETS" of the migration, replacing what was
there. Each preset is an upsert by name that leaves regions drawn by users alone, so the same section can be written
into a later migration once V9 has shipped (applied migrations are never edited): add the two marker lines to the new
migration, edit the GeoJSON, run this script on it. RegionPresetsTest checks that the database after all migrations
holds exactly what the GeoJSON says.

Each feature's properties: name, kind (chokepoint, port, anchorage or area), note; chokepoints add gates {"a", "b"}
(GeoJSON LineStrings) and direction_names {"ab", "ba"}; anchorages add port, the name of their port, which must come
earlier in the file.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "db-migrations" / "src" / "main" / "resources" / "db"
GEOJSON = RESOURCES / "presets" / "regions.geojson"
BEGIN = "-- BEGIN PRESETS"
END = "-- END PRESETS"


def literal(value):
    if value is None:
        return "NULL"
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "'" + value.replace("'", "''") + "'"


def statement(feature, names_so_far):
    p = feature["properties"]
    port_id = "NULL"
    if p["kind"] == "anchorage":
        if p.get("port") not in names_so_far:
            sys.exit(f"anchorage {p['name']!r}: its port {p.get('port')!r} must be a region listed before it")
        port_id = f"(SELECT id FROM region WHERE name = {literal(p['port'])})"
    return (
        "INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note) VALUES (\n"
        f"    {literal(p['name'])}, {literal(p['kind'])},\n"
        f"    {literal(feature['geometry'])},\n"
        f"    {literal(p.get('gates'))},\n"
        f"    {literal(p.get('direction_names'))},\n"
        f"    {port_id}, true,\n"
        f"    {literal(p['note'])})\n"
        "ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, geometry = EXCLUDED.geometry, gates = EXCLUDED.gates,\n"
        "    direction_names = EXCLUDED.direction_names, port_id = EXCLUDED.port_id, note = EXCLUDED.note\n"
        "    WHERE region.preset;"
    )


def main():
    migration = RESOURCES / "migration" / (sys.argv[1] if len(sys.argv) > 1 else "V9__regions.sql")
    features = json.loads(GEOJSON.read_text(encoding="utf-8"))["features"]
    names, statements = set(), []
    for feature in features:
        statements.append(statement(feature, names))
        names.add(feature["properties"]["name"])
    text = migration.read_text(encoding="utf-8")
    head, begin, rest = text.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        sys.exit(f"{migration}: no '{BEGIN}' … '{END}' section")
    first_line = rest.split("\n", 1)[0]
    section = first_line + "\n" + "\n\n".join(statements) + "\n"
    migration.write_text(head + begin + section + end + tail, encoding="utf-8")
    print(f"{migration.name}: {len(statements)} presets")


if __name__ == "__main__":
    main()
