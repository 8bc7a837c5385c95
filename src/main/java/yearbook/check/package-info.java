/**
 * Stage 3, check: the rules that need more than one file or more than one year — which
 * version of a resubmitted report stands, completeness (催报名单), annual report vs. sum of
 * its periods, year-on-year swings, a station's AQI column vs. the computed AQI.
 */
package yearbook.check;
