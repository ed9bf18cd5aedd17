package org.creativeatlas.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.print.PrinterIOException;
import java.io.IOException;
import javax.print.PrintException;
import org.junit.jupiter.api.Test;

/**
 * The failures Java's printing throws on Linux, as it throws them (the reason in a cause, the message null), read
 * for what the person can do.
 */
class PrintFailureTest {

    private static final String NO_LPR = "Cannot run program \"/usr/bin/lpr\": error=2, No such file or directory";

    @Test
    void aMissingLprIsNamedWhicheverWayThePagesWent() {
        PrintFailure drawn = PrintFailure.of(new PrinterIOException(new IOException(NO_LPR,
                new IOException("error=2, No such file or directory"))), () -> true);
        PrintFailure pdf = PrintFailure.of(new PrintException(new IOException(NO_LPR)), () -> true);

        assertEquals(PrintFailure.Reason.NO_LPR, drawn.reason());
        assertEquals(PrintFailure.Reason.NO_LPR, pdf.reason());
    }

    @Test
    void aStoppedPrintServerIsNamedWhateverLprOrJavaSaid() {
        // lpr once the scheduler has stopped, and the PDF job while Java still lists the stopped server's queue
        PrintFailure drawn = PrintFailure.of(new PrinterIOException(new IOException("error=1 running: '/usr/bin/lpr' "
                + "'-PPDF' 'javaprint1.ps'\n\t\t/usr/bin/lpr: Error - The printer or class does not exist.")),
                () -> false);
        PrintFailure pdf = PrintFailure.of(new PrintException("invalid flavor"), () -> false);

        assertEquals(PrintFailure.Reason.NO_SERVER, drawn.reason());
        assertEquals(PrintFailure.Reason.NO_SERVER, pdf.reason());
    }

    @Test
    void otherwiseThePrintSystemsOwnLastWordsNeverNull() {
        PrintFailure lpr = PrintFailure.of(new PrinterIOException(new IOException("error=1 running: '/usr/bin/lpr' "
                + "'-PPDF' 'javaprint1.ps'\n\t\t/usr/bin/lpr: Error - The printer or class is not accepting jobs.")),
                () -> true);
        PrintFailure bare = PrintFailure.of(new PrinterIOException(null), () -> true);

        assertEquals(PrintFailure.Reason.OTHER, lpr.reason());
        assertEquals("/usr/bin/lpr: Error - The printer or class is not accepting jobs.", lpr.detail());
        assertEquals("PrinterIOException", bare.detail());
    }
}
