/**
 * Air quality: the daily AQI of HJ 633-2012 and the annual evaluation of HJ 663-2013 with
 * the data validity rules of GB 3095-2012. National standards, so the rules live here as
 * code and the breakpoint table as data in {@link yearbook.compile.air.AqiBreakpoints}.
 */
package yearbook.compile.air;
