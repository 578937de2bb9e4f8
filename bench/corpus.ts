// The generated corpus shared by the scan benchmarks (bench/scan.ts, bench/dclint.ts): 1,000
// project directories shaped like ../shared/corpus, written deterministically into
// bench/.generated/corpus/ (gitignored). Per project: a compose.yaml with its override and .env,
// an app env file, six Kubernetes manifests (Deployment, Service, StatefulSet, CronJob,
// DaemonSet, and a multi-document all-in-one) whose containers have probes and whose Services
// select them by label, a multi-stage Dockerfile that the compose web service builds, and a
// Dockerfile of its own.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./seeded-random.js";

export const ROOT = fileURLToPath(new URL("./.generated/corpus/", import.meta.url));
const PROJECTS = 1000;


const IMAGES = ["nginx:1.27", "postgres:16-alpine", "redis:7", "ghcr.io/acme/api:1.4", "grafana/grafana", "node:20-slim", "mysql:8"];

function project(i: number, next: () => number): Record<string, string> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const port = () => 1024 + Math.floor(next() * 60000);
  const name = `svc${i}`;
  const image = pick(IMAGES);
  const labels = `      labels:\n        app: ${name}\n`;
  const container = (p: number) =>
    `      containers:\n        - name: ${name}\n          image: ${image}\n          ports:\n            - containerPort: ${p}\n              name: http\n            - containerPort: 9090\n              name: metrics\n          livenessProbe:\n            httpGet: {path: /healthz, port: http}\n          readinessProbe:\n            tcpSocket: {port: ${p}}\n          securityContext:\n            runAsNonRoot: true\n`;
  return {
    "compose.yaml": `name: ${name}\nservices:\n  web:\n    image: ${image}\n    build: ./web\n    ports:\n      - "${port()}:80"\n      - "127.0.0.1:\${ADMIN_PORT:-${port()}}:9000"\n    environment:\n      PORT: "${port()}"\n  db:\n    image: postgres:16\n    expose: ["5432"]\n    user: "999"\n`,
    "compose.override.yaml": `services:\n  web:\n    ports:\n      - target: 8443\n        published: "${port()}"\n        protocol: tcp\n`,
    ".env": `ADMIN_PORT=${port()}\nCOMPOSE_PROFILES=dev\n`,
    "app.env": `# app settings\nexport PORT=${port()}\nREDIS_PORT=${port()}\nDATABASE_URL=postgres://db:5432/app\n`,
    "k8s/deployment.yaml": `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n${labels.replace(/^/gm, "  ").trimEnd()}\n    spec:\n${container(port()).replace(/^/gm, "  ").trimEnd()}\n`,
    // As in the shared corpus, a few Services are NodePorts and a few pods use the host network.
    "k8s/service.yaml": `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: ${i % 10 === 0 ? "NodePort" : "ClusterIP"}\n  selector:\n    app: ${name}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n${i % 10 === 0 ? `      nodePort: ${30000 + i}\n` : ""}    - name: metrics\n      port: 9090\n      targetPort: 9090\n`,
    "k8s/statefulset.yaml": `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}-db\nspec:\n  template:\n    spec:\n${container(5432).replace(/^/gm, "  ").trimEnd()}\n`,
    "k8s/cronjob.yaml": `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${name}-job\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${container(port()).replace(/^/gm, "      ").trimEnd()}\n`,
    "k8s/daemonset.yaml": `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${name}-agent\nspec:\n  template:\n    spec:\n        hostNetwork: ${i % 20 === 0}\n${container(9100 + (i % 50)).replace(/^/gm, "  ").trimEnd()}\n`,
    "web/Dockerfile": `# syntax=docker/dockerfile:1\nARG NODE=node:20\nFROM \${NODE} AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\nEXPOSE 9229\n\nFROM ${image}\nARG PORT=${port()}\nENV PORT=\${PORT} NODE_ENV=production\nCOPY --from=build /src/dist /app\nUSER 1000:1000\nEXPOSE \${PORT} 8080/tcp\nCMD ["node", "/app/server.js"]\n`,
    "Dockerfile.worker": `FROM ${pick(IMAGES)}\nRUN apt-get update && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\nEXPOSE ${port()}/udp ${port()}\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\n`,
    "k8s/all-in-one.yaml": [
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-config\ndata:\n  LOG_LEVEL: info\n`,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}-debug\nspec:\n${container(port())}`,
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}-debug\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - port: ${port()}\n      targetPort: ${port()}\n`,
    ].join("---\n"),
  };
}

/** Writes the corpus afresh; returns every file's absolute path, project by project. */
export function generate(): string[] {
  rmSync(ROOT, { recursive: true, force: true });
  // A repository root of its own, so the main repository's .gitignore (which ignores bench/.generated) does not apply.
  mkdirSync(join(ROOT, ".git"), { recursive: true });
  const next = seededRandom(20261126);
  const files: string[] = [];
  for (let i = 0; i < PROJECTS; i++) {
    const dir = `p${String(i).padStart(4, "0")}`;
    for (const [name, text] of Object.entries(project(i, next))) {
      const path = join(ROOT, dir, name);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, text);
      files.push(path);
    }
  }
  return files;
}

