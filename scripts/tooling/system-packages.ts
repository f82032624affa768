import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { LANGUAGE_LIST, type LanguageInfo } from "#schemas/languages.ts";
import { CHROMIUM } from "./chromium.ts";

/** Something the browser tests need from the operating system, and the Debian package that provides it. */
interface SystemNeed {
  what: string;
  debianPackage: string;
  present(): boolean;
}

/** Whether any installed font covers a language (fontconfig's own test, as Chromium picks fonts). */
function fontFor(lang: string): boolean {
  try {
    return execFileSync("fc-list", [`:lang=${lang}`, "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false; // no fontconfig yet: Chromium's package brings it
  }
}

const SYSTEM_NEEDS: readonly SystemNeed[] = [
  { what: `Chromium at ${CHROMIUM}`, debianPackage: "chromium", present: () => existsSync(CHROMIUM) },
  // Without a font for each language's script, its pages render as boxes in screenshots and layout checks.
  ...LANGUAGE_LIST.flatMap((language: LanguageInfo) =>
    language.font
      ? [
          {
            what: `a font for ${language.name}`,
            debianPackage: language.font.debianPackage,
            present: () => fontFor(language.font!.fontconfig),
          },
        ]
      : [],
  ),
];

export const missingNeeds = (needs: readonly SystemNeed[] = SYSTEM_NEEDS): SystemNeed[] => needs.filter((need) => !need.present());

/** The one command that installs them, as a maintainer would type it. */
export const installCommand = (packages: string[]): string =>
  `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`;

/** Root, or a sudo that needs no password (CI): the packages can be installed without asking anyone. */
function asRoot(): string[] | undefined {
  if (process.getuid?.() === 0) return [];
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? ["sudo", "-n"] : undefined;
}

/** Installs the missing packages through apt-get when that can be done unattended; says whether it did. */
export function installMissing(packages: string[]): boolean {
  const prefix = asRoot();
  if (!prefix || !existsSync("/usr/bin/apt-get")) return false;
  const run = (args: string[]) => {
    const [command, ...rest] = [...prefix, "apt-get", ...args];
    const result = spawnSync(command!, rest, {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status})`);
  };
  run(["update", "-qq"]);
  run(["install", "-y", "-qq", "--no-install-recommends", ...packages]);
  return true;
}
