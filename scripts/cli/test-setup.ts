import { installCommand, installMissing, missingNeeds } from "#tooling/system-packages.ts";

// The first step of `npm test`: the browser tests need Chromium and fonts from the system. Installs what is missing
// (as root, through apt-get) or stops at once with the one command that would.
const missing = missingNeeds();
if (missing.length) {
  const packages = [...new Set(missing.map((need) => need.debianPackage))];
  console.log(`The browser tests need ${missing.map((need) => need.what).join(" and ")}: installing ${packages.join(", ")} with apt-get…`);
  let installed = false;
  try {
    installed = installMissing(packages);
  } catch (error) {
    console.error((error as Error).message);
  }
  const still = missingNeeds();
  if (!installed || still.length) {
    console.error(
      `Still missing: ${still.map((need) => need.what).join(", ") || packages.join(", ")}. Run this once, then npm test again:`,
    );
    console.error(`  ${installCommand(packages)}`);
    console.error("(Not on Debian or Ubuntu? Install Chromium and Noto fonts, and set CHROMIUM_PATH to the browser.)");
    process.exit(1);
  }
}
