// How the scanner feeds the compose front end: which files form one project, and which
// environment interpolates it (the .env beside the base file, --env-file instead, the process
// environment over both).
import { describe, expect, it } from "vitest";
import { describeListener, scanFiles } from "./scan-fixture.js";

const published = (result: ReturnType<typeof scanFiles>) =>
  result.listeners.filter((l) => l.source === "compose" && l.role === "published").map(describeListener);

describe("compose projects in a scan", () => {
  it("merges docker-compose.override.yml into the base beside it: one project, one host-port scope", () => {
    const result = scanFiles({
      "app/docker-compose.yml": "services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n",
      "app/docker-compose.override.yml": "services:\n  admin:\n    image: nginx\n    ports: ['8080:80']\n",
    });
    expect(published(result)).toEqual([
      "app/docker-compose.yml:4:14-18 8080/tcp published compose:app",
      "app/docker-compose.override.yml:4:14-18 8080/tcp published compose:app",
    ]);
    expect(result.findings.filter((f) => f.ruleId === "no-duplicate-port").map((f) => [f.origin.file, f.origin.line])).toEqual([
      ["app/docker-compose.override.yml", 4],
    ]);
  });

  it("keeps separately run files apart even when Compose would give them the same default name", () => {
    const result = scanFiles({
      "app/docker-compose.yml": "services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n",
      "app/docker-compose.prod.yml": "services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n",
    });
    expect(result.findings.filter((f) => f.ruleId === "no-duplicate-port")).toEqual([]);
  });

  it("interpolates with the .env beside the base file, the process environment winning", () => {
    const files = {
      "svc/compose.yaml": "services:\n  api:\n    image: ghcr.io/acme/api\n    ports: ['${API_PORT}:8080', '${ADMIN_PORT}:9000']\n",
      "svc/.env": "API_PORT=50000\nADMIN_PORT=7000\n",
    };
    const fromDotenv = scanFiles(files);
    expect(published(fromDotenv).map((line) => line.split(" ")[1])).toEqual(["50000/tcp", "7000/tcp"]);
    const fromProcess = scanFiles(files, { env: { API_PORT: "8000" } });
    expect(published(fromProcess).map((line) => line.split(" ")[1])).toEqual(["8000/tcp", "7000/tcp"]);
  });

  it("uses --env-file instead of the .env beside the file", () => {
    const result = scanFiles(
      {
        "svc/compose.yaml": "services:\n  api:\n    image: ghcr.io/acme/api\n    ports: ['${API_PORT:-3000}:8080']\n",
        "svc/.env": "API_PORT=50000\n",
        "ci.env": "OTHER=1\n",
      },
      { envFiles: ["ci.env"] },
    );
    expect(published(result).map((line) => line.split(" ")[1])).toEqual(["3000/tcp"]);
  });

  it("reports an --env-file that cannot be read", () => {
    const result = scanFiles({ "compose.yaml": "services:\n  a:\n    image: nginx\n" }, { envFiles: ["missing.env"] });
    expect(result.findings.map((f) => [f.ruleId, f.origin.file])).toEqual([["parse-error", "missing.env"]]);
  });
});
