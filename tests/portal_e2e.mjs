// Drives Mijn gemeente in headless Chromium for tests/test_portal_e2e.py: login, zaken, one zaak's
// timeline, producten, contact and "who used my data"; a screenshot and an axe-core audit of every
// page. Prints one JSON object with what it saw; the Python test judges it.
//   node tests/portal_e2e.mjs PORTAL_URL SCREENSHOT_DIR   (CHROMIUM, TOOLS_DIR from the environment)
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tools = process.env.TOOLS_DIR ? resolve(process.env.TOOLS_DIR) : join(here, "..", ".tools");
const require = createRequire(join(tools, "package.json"));
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [portal, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const seen = { pages: [], checks: {} };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "nl-NL" });
  page.setDefaultTimeout(10000);
  const audit = async (name) => {
    await page.screenshot({ path: join(shots, `${seen.pages.length + 1}-${name}.png`), fullPage: true });
    await page.evaluate(axeSource);  // through the debugger protocol: the page's CSP stays as it is
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    seen.pages.push({
      name, url: page.url(), title: await page.title(), h1: await page.locator("h1").innerText(),
      violations: result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      })),
    });
  };

  await page.goto(portal + "/");
  await page.keyboard.press("Tab");
  seen.checks.firstTab = await page.evaluate(() => document.activeElement?.textContent?.trim());
  await audit("inloggen");

  // Log in with the keyboard only: the second resident, then the button.
  await page.getByLabel(/Hendrik van Dijk/).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Inloggen" }).focus();
  await Promise.all([page.waitForURL("**/zaken"), page.keyboard.press("Enter")]);
  seen.checks.zaken = await page.locator("tbody tr").count();
  await audit("zaken");

  const closed = page.locator("tbody tr", { hasText: "afgerond" }).first();
  await Promise.all([page.waitForURL("**/zaken/*"), closed.getByRole("link").click()]);
  seen.checks.timeline = await page.locator("ol.tijdlijn > li").allInnerTexts();
  seen.checks.currentStep = await page.locator('ol.tijdlijn > li[aria-current="step"] h3').innerText();
  seen.checks.resultaat = await page.locator("dd.resultaat").innerText();
  await audit("zaak");

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn producten" }).click();
  await page.waitForURL("**/producten");
  seen.checks.producten = await page.locator("tbody tr").allInnerTexts();
  await audit("producten");

  await page.getByRole("link", { name: "Mijn contact" }).click();
  await page.waitForURL("**/contact");
  seen.checks.contact = await page.locator("main").innerText();
  await audit("contact");

  await page.getByRole("link", { name: "Wie gebruikte mijn gegevens" }).click();
  await page.waitForURL("**/gegevensgebruik");
  seen.checks.verwerkingen = await page.locator("tbody tr").allInnerTexts();
  await audit("gegevensgebruik");

  await Promise.all([page.waitForURL(portal + "/"), page.getByRole("button", { name: "Uitloggen" }).click()]);
  const afterLogout = await page.goto(portal + "/zaken");
  seen.checks.afterLogout = new URL(page.url()).pathname + " " + afterLogout.status();
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
