import { originAt } from "./positions.js";
export function originOf(file, span) {
    return originAt(file.path, file.lines, span[0], span[1]);
}
