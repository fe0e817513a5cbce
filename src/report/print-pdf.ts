/** A self-contained HTML document printed to PDF by headless Chromium. */
import { chromiumPath, launchChromium } from "./chromium.js";

const FOOTER =
  '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** The document as A4 PDF bytes, with page numbers; scripts are off, and the document loads nothing. */
export async function printPdf(html: string, path = chromiumPath()): Promise<Buffer> {
  const browser = await launchChromium(path);
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: FOOTER,
      margin: { top: "15mm", bottom: "18mm", left: "15mm", right: "15mm" },
    });
  } finally {
    await browser.close();
  }
}
