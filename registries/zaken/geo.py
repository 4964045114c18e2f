"""GeoJSON geometry without PostGIS: checking, bounding boxes, and "within" a (multi)polygon.

Not Zaken-specific (a candidate for common/). PostGIS is not required by this project: both
databases store a geometry as GeoJSON with its bounding box in four indexed columns. A
geographic search runs in two steps that give the same answers on SQLite and PostgreSQL:

1. SQL narrows to the rows whose bounding box lies inside the bounding box of the search area
   (a necessary condition for "within", served by an index);
2. Python decides exactly, per remaining row, whether the geometry lies within the area, with
   the semantics of the OGC "within" (ST_Within) for planar coordinates: no point of the geometry
   outside the area, no edge of it crossing the area's boundary, and at least one point in the
   area's interior (a geometry lying only on the boundary is not within).

Coordinates are taken as planar (longitude, latitude in WGS 84), as PostGIS does for geometry
columns in EPSG:4326.
"""

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection")
AREAL = ("Polygon", "MultiPolygon")

Position = tuple[float, float]
Ring = list[Position]
Polygon = list[Ring]  # outer ring first, then holes


class GeometryError(ValueError):
    pass


@dataclass(frozen=True)
class BBox:
    min_x: float
    min_y: float
    max_x: float
    max_y: float


# --------------------------------------------------------------------------- checking


def _position(value: Any) -> Position:
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(n, (int, float)) and not isinstance(n, bool) and math.isfinite(n) for n in value)):
        raise GeometryError("Een positie is een lijst van precies twee getallen [lengte, breedte].")
    return float(value[0]), float(value[1])


def _positions(value: Any, minimum: int) -> list[Position]:
    if not isinstance(value, list) or len(value) < minimum:
        raise GeometryError(f"Geef ten minste {minimum} posities.")
    return [_position(p) for p in value]


def _ring(value: Any) -> Ring:
    ring = _positions(value, 4)
    if ring[0] != ring[-1]:
        raise GeometryError("Een ring van een Polygon moet gesloten zijn (eerste positie gelijk aan de laatste).")
    return ring


def _polygon(value: Any) -> Polygon:
    if not isinstance(value, list) or not value:
        raise GeometryError("Een Polygon heeft ten minste één ring.")
    return [_ring(r) for r in value]


def check(geometry: Any) -> dict:
    """``geometry`` when it is a valid GeoJSON geometry, else GeometryError."""
    if not isinstance(geometry, dict) or geometry.get("type") not in TYPES:
        raise GeometryError(f"Geef een GeoJSON-geometrie met type {', '.join(TYPES)}.")
    kind = geometry["type"]
    if kind == "GeometryCollection":
        members = geometry.get("geometries")
        if not isinstance(members, list):
            raise GeometryError("Een GeometryCollection heeft een lijst 'geometries'.")
        for member in members:
            check(member)
        return geometry
    coordinates = geometry.get("coordinates")
    if kind == "Point":
        _position(coordinates)
    elif kind == "MultiPoint":
        _positions(coordinates, 0)
    elif kind == "LineString":
        _positions(coordinates, 2)
    elif kind == "MultiLineString":
        if not isinstance(coordinates, list):
            raise GeometryError("Een MultiLineString is een lijst van lijnen.")
        for line in coordinates:
            _positions(line, 2)
    elif kind == "Polygon":
        _polygon(coordinates)
    elif kind == "MultiPolygon":
        if not isinstance(coordinates, list):
            raise GeometryError("Een MultiPolygon is een lijst van polygonen.")
        for polygon in coordinates:
            _polygon(polygon)
    return geometry


# --------------------------------------------------------------------------- parts


def _points(geometry: dict) -> Iterator[Position]:
    kind, coordinates = geometry["type"], geometry.get("coordinates")
    if kind == "GeometryCollection":
        for member in geometry["geometries"]:
            yield from _points(member)
    elif kind == "Point":
        yield _position(coordinates)
    elif kind in ("MultiPoint", "LineString"):
        yield from (_position(p) for p in coordinates)
    elif kind in ("MultiLineString", "Polygon"):
        for part in coordinates:
            yield from (_position(p) for p in part)
    elif kind == "MultiPolygon":
        for polygon in coordinates:
            for ring in polygon:
                yield from (_position(p) for p in ring)


def _segments(geometry: dict) -> Iterator[tuple[Position, Position]]:
    kind, coordinates = geometry["type"], geometry.get("coordinates")
    lines: list[list] = []
    if kind == "GeometryCollection":
        for member in geometry["geometries"]:
            yield from _segments(member)
        return
    if kind == "LineString":
        lines = [coordinates]
    elif kind in ("MultiLineString", "Polygon"):
        lines = coordinates
    elif kind == "MultiPolygon":
        lines = [ring for polygon in coordinates for ring in polygon]
    for line in lines:
        points = [_position(p) for p in line]
        yield from zip(points, points[1:])


def _polygons(geometry: dict) -> list[Polygon]:
    if geometry["type"] == "Polygon":
        return [_polygon(geometry["coordinates"])]
    if geometry["type"] == "MultiPolygon":
        return [_polygon(p) for p in geometry["coordinates"]]
    if geometry["type"] == "GeometryCollection":
        return [p for member in geometry["geometries"] for p in _polygons(member)]
    return []


def bbox(geometry: dict) -> BBox | None:
    points = list(_points(geometry))
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return BBox(min(xs), min(ys), max(xs), max(ys))


# --------------------------------------------------------------------------- exact tests

INSIDE, BOUNDARY, OUTSIDE = 1, 0, -1


def _on_segment(p: Position, a: Position, b: Position) -> bool:
    cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    if abs(cross) > 1e-12 * max(1.0, abs(b[0] - a[0]) + abs(b[1] - a[1])):
        return False
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def _in_ring(p: Position, ring: Ring) -> int:
    inside = False
    for a, b in zip(ring, ring[1:]):
        if _on_segment(p, a, b):
            return BOUNDARY
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return INSIDE if inside else OUTSIDE


def _in_polygon(p: Position, polygon: Polygon) -> int:
    where = _in_ring(p, polygon[0])
    if where != INSIDE:
        return where
    for hole in polygon[1:]:
        in_hole = _in_ring(p, hole)
        if in_hole == INSIDE:
            return OUTSIDE
        if in_hole == BOUNDARY:
            return BOUNDARY
    return INSIDE


def _in_area(p: Position, area: list[Polygon]) -> int:
    return max((_in_polygon(p, polygon) for polygon in area), default=OUTSIDE)


def _orientation(a: Position, b: Position, c: Position) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _cross_properly(a: Position, b: Position, c: Position, d: Position) -> bool:
    """True when segments ab and cd cross at one point inside both (not at an end, not collinear)."""
    o1, o2 = _orientation(a, b, c), _orientation(a, b, d)
    o3, o4 = _orientation(c, d, a), _orientation(c, d, b)
    return o1 * o2 < 0 and o3 * o4 < 0


def within(geometry: dict, area_geometry: dict) -> bool:
    """Does ``geometry`` lie within ``area_geometry`` (a Polygon or MultiPolygon)?"""
    area = _polygons(area_geometry)
    if area_geometry["type"] not in AREAL or not area:
        raise GeometryError("Zoeken met 'within' kan alleen binnen een Polygon of MultiPolygon.")
    points = list(_points(geometry))
    if not points:
        return False
    segments = list(_segments(geometry))
    probes = points + [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in segments]
    places = [_in_area(p, area) for p in probes]
    if OUTSIDE in places:
        return False
    edges = [(a, b) for polygon in area for ring in polygon for a, b in zip(ring, ring[1:])]
    for a, b in segments:
        if any(_cross_properly(a, b, c, d) for c, d in edges):
            return False
    own = _polygons(geometry)
    if own:
        # A polygon that encloses a hole of the area covers ground outside the area.
        for polygon in area:
            for hole in polygon[1:]:
                if any(_in_area(p, own) == INSIDE for p in hole):
                    return False
        if INSIDE not in places:
            # Every probe on the boundary: within only if the interior still overlaps the area.
            return any(_in_area(p, area) == INSIDE for p in _interior_probes(own))
    return INSIDE in places


def _interior_probes(polygons: list[Polygon]) -> Iterator[Position]:
    """A few points strictly inside each polygon (centroid of ring triangles)."""
    for polygon in polygons:
        ring = polygon[0]
        for i in range(1, len(ring) - 2):
            a, b, c = ring[0], ring[i], ring[i + 1]
            centre = ((a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3)
            if _in_polygon(centre, polygon) == INSIDE:
                yield centre
