package yearbook.check;

/**
 * Compares a station's submitted AQI column with the AQI computed per HJ 633-2012;
 * returns the warnings raised.
 */
public interface AqiCrossCheck {

    int check(int year);

}
