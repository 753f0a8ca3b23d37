package id.timpora.dashboard;

import id.timpora.region.Region;

/** The reports of one region in the period (a row of the drill-down table, an area of the map). */
public record AreaCount(Region region, long count) {}
