package org.creativeatlas.logic.report;

import java.io.IOException;
import java.io.InputStream;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintJobAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.event.PrintJobAttributeListener;
import javax.print.event.PrintJobListener;
import javax.print.event.PrintServiceAttributeListener;

/**
 * A print queue that keeps what it is given, as a spool does: the flavour, the bytes and the job's attributes. It
 * takes PDF or not, like a CUPS queue or a printer that knows only its own language.
 */
final class SpoolingPrintService implements PrintService {

    private final boolean takesPdf;
    DocFlavor flavor;
    byte[] spooled;
    PrintRequestAttributeSet attributes;

    SpoolingPrintService(boolean takesPdf) {
        this.takesPdf = takesPdf;
    }

    boolean printed() {
        return spooled != null;
    }

    @Override
    public String getName() {
        return "spool";
    }

    @Override
    public DocPrintJob createPrintJob() {
        return new DocPrintJob() {
            @Override
            public PrintService getPrintService() {
                return SpoolingPrintService.this;
            }

            @Override
            public PrintJobAttributeSet getAttributes() {
                return null;
            }

            @Override
            public void addPrintJobListener(PrintJobListener listener) {
            }

            @Override
            public void removePrintJobListener(PrintJobListener listener) {
            }

            @Override
            public void addPrintJobAttributeListener(PrintJobAttributeListener listener, PrintJobAttributeSet set) {
            }

            @Override
            public void removePrintJobAttributeListener(PrintJobAttributeListener listener) {
            }

            @Override
            public void print(Doc doc, PrintRequestAttributeSet requested) throws PrintException {
                try (InputStream in = doc.getStreamForBytes()) {
                    flavor = doc.getDocFlavor();
                    spooled = in.readAllBytes();
                    attributes = requested;
                } catch (IOException e) {
                    throw new PrintException(e);
                }
            }
        };
    }

    @Override
    public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public PrintServiceAttributeSet getAttributes() {
        return new HashPrintServiceAttributeSet();
    }

    @Override
    public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
        return null;
    }

    @Override
    public DocFlavor[] getSupportedDocFlavors() {
        return takesPdf ? new DocFlavor[] {DocFlavor.INPUT_STREAM.PDF} : new DocFlavor[] {DocFlavor.SERVICE_FORMATTED.PAGEABLE};
    }

    @Override
    public boolean isDocFlavorSupported(DocFlavor flavor) {
        return java.util.Arrays.asList(getSupportedDocFlavors()).contains(flavor);
    }

    @Override
    public Class<?>[] getSupportedAttributeCategories() {
        return new Class<?>[0];
    }

    @Override
    public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
        return true;
    }

    @Override
    public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
        return null;
    }

    @Override
    public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor,
                                              AttributeSet attributes) {
        return null;
    }

    @Override
    public boolean isAttributeValueSupported(Attribute attrval, DocFlavor flavor, AttributeSet attributes) {
        return true;
    }

    @Override
    public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
        return new HashAttributeSet();
    }

    @Override
    public ServiceUIFactory getServiceUIFactory() {
        return null;
    }
}
