/**
 * What the later stages read alike of what the earlier ones stored: check, compile and
 * publish all take the year's standing station days from here, so that none of them
 * imports another stage.
 */
package yearbook.store;
