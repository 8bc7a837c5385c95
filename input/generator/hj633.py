"""Daily AQI per HJ 633-2012, exact arithmetic (Fraction), for the sample station data.

The daily AQI here is the maximum IAQI over SO2, NO2, PM10, CO, PM2.5 (24-hour means) and O3_8h
(daily maximum 8-hour mean); O3 1-hour replaces O3_8h only when O3_8h > 800 (HJ 633-2012 Table 1,
note 3), as /work/shared/spec/domain.md §3 states it.
"""
from decimal import Decimal
from fractions import Fraction
import math

IAQI = [0, 50, 100, 150, 200, 300, 400, 500]
# HJ 633-2012 Table 1: concentration breakpoints (µg/m³; CO in mg/m³). None: not defined.
BREAKPOINTS = {
    "SO2":   [0, 50, 150, 475, 800, 1600, 2100, 2620],
    "NO2":   [0, 40, 80, 180, 280, 565, 750, 940],
    "PM10":  [0, 50, 150, 250, 350, 420, 500, 600],
    "CO":    [0, 2, 4, 14, 24, 36, 48, 60],
    "O3":    [0, 160, 200, 300, 400, 800, 1000, 1200],
    "O3_8h": [0, 100, 160, 215, 265, 800, None, None],
    "PM2.5": [0, 35, 75, 115, 150, 250, 350, 500],
}
DAILY = ["SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5"]


def iaqi(pollutant, concentration):
    """Linear interpolation inside the band holding C, rounded up (HJ 633-2012 §5: 进位取整)."""
    c = Fraction(Decimal(concentration))
    bp = BREAKPOINTS[pollutant]
    for i in range(1, len(bp)):
        if bp[i] is None:
            break
        if c <= bp[i]:
            v = Fraction(IAQI[i] - IAQI[i - 1], bp[i] - bp[i - 1]) * (c - bp[i - 1]) + IAQI[i - 1]
            return math.ceil(v)
    return 500


def daily_iaqi(day):
    """day: {pollutant: concentration}; returns {pollutant: IAQI} of the pollutants the daily AQI uses."""
    out = {}
    for p in DAILY:
        if p == "O3_8h" and Decimal(day["O3_8h"]) > 800:
            out["O3"] = iaqi("O3", day["O3"])
        else:
            out[p] = iaqi(p, day[p])
    return out


def aqi(day):
    return max(daily_iaqi(day).values())


def primary(day):
    """Primary pollutant(s): only when AQI > 50, those whose IAQI equals the AQI."""
    sub = daily_iaqi(day)
    a = max(sub.values())
    return [p for p, v in sub.items() if v == a] if a > 50 else []
