// TypeScript read as JavaScript: every type annotation, type declaration and modifier is replaced
// by spaces, so the text left is the JavaScript tsc would emit, at the same offsets (line breaks
// are kept). Scan and the local-module reader then parse TypeScript with espree, as they do
// JavaScript: the TypeScript compiler, which typescript-eslint's parser needs, takes half a second
// to load and parses about 7× slower than Babel's parser does here.
//
// Only syntax that erases to nothing is taken (what Node's own type stripping takes). A file with
// syntax that emits code, such as an enum, a namespace, a parameter property or `export =`, or
// with decorators or anything this file does not know, gives `undefined`, and the caller parses
// it with typescript-eslint's parser as before. A file Babel cannot parse does the same.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
let babel;
/** Thrown inside the walk where the file has syntax that does not erase; caught below. */
class NotErasable extends Error {
}
export function eraseTypes(text, file) {
    babel ??= require("@babel/parser");
    let program;
    try {
        const plugins = [["typescript", { dts: /\.d\.[cm]?ts$/i.test(file) }]];
        if (/x$/i.test(file))
            plugins.push("jsx");
        program = babel.parse(text, { sourceType: "module", plugins, errorRecovery: false }).program;
    }
    catch {
        return undefined;
    }
    const ranges = [];
    try {
        new Eraser(text, ranges).visit(program);
    }
    catch (error) {
        if (error instanceof NotErasable)
            return undefined;
        throw error;
    }
    return blank(text, ranges);
}
/** Spaces over each range, keeping line breaks so that lines and columns stay where they were. */
function blank(text, ranges) {
    if (ranges.length === 0)
        return text;
    ranges.sort((a, b) => a.start - b.start);
    let out = "";
    let at = 0;
    for (const { start, end, put } of ranges) {
        if (end <= at)
            continue;
        const from = Math.max(start, at);
        let spaces = text.slice(from, end).replace(/[^\r\n\u2028\u2029]/g, " ");
        if (put && put.at >= from)
            spaces = spaces.slice(0, put.at - from) + put.text + spaces.slice(put.at - from + put.text.length);
        out += text.slice(at, from) + spaces;
        at = end;
    }
    return out + text.slice(at);
}
/** Declarations that are types only: erased whole. */
const TYPE_DECLARATIONS = new Set(["TSTypeAliasDeclaration", "TSInterfaceDeclaration", "TSDeclareFunction", "TSDeclareMethod", "TSIndexSignature", "TSNamespaceExportDeclaration"]);
/** Annotations carried by value nodes: erased whole (a TSTypeAnnotation includes its `:`). */
const ANNOTATION_KEYS = ["typeAnnotation", "returnType", "typeParameters", "superTypeParameters"];
/** Class member modifiers that tsc drops; `static`, `async`, `get`, `set`, `accessor` are JavaScript. */
const MEMBER_MODIFIERS = /\b(?:public|private|protected|readonly|override|abstract|declare)\b/g;
/** Where `optional` means a `?` to erase (on `a?.b` it is JavaScript's optional chaining). */
const CLASS_MEMBERS = new Set(["ClassProperty", "ClassPrivateProperty", "ClassAccessorProperty", "ClassMethod", "ClassPrivateMethod"]);
const MARKED = new Set(["Identifier", "ObjectPattern", "ArrayPattern", "RestElement", ...CLASS_MEMBERS]);
/** Keys whose nodes are erased whole, not walked. */
const ERASED_KEYS = new Set([...ANNOTATION_KEYS, "implements"]);
const SKIPPED_KEYS = new Set(["loc", "extra", "leadingComments", "trailingComments", "innerComments", "start", "end", "range"]);
class Eraser {
    text;
    ranges;
    constructor(text, ranges) {
        this.text = text;
        this.ranges = ranges;
    }
    visit(node, statementList = false) {
        if (this.isTypeOnly(node))
            return this.eraseStatement(node, statementList);
        if (node.type.startsWith("TS"))
            return this.visitTypeScriptExpression(node);
        // `() => <T>{ a }` and `<T>{ a }.b;` would become blocks once `<T>` is gone; anywhere else
        // (`x = <T>{}`, `f(<T>{})`) the object stays an object.
        if (node.type === "ArrowFunctionExpression" && this.text[node.body.start] === "<")
            throw new NotErasable();
        if (node.type === "ExpressionStatement" && this.text[node.start] === "<")
            throw new NotErasable();
        this.eraseAnnotations(node);
        this.eraseMarks(node);
        if (node.type === "ImportDeclaration" || node.type === "ExportNamedDeclaration")
            this.eraseTypeSpecifiers(node);
        if (CLASS_MEMBERS.has(node.type))
            this.eraseModifiers(node);
        if (node.type === "ClassDeclaration" || node.type === "ClassExpression")
            this.eraseClassHeritage(node);
        this.visitChildren(node);
    }
    visitChildren(node) {
        const holdsStatements = node.type === "Program" || node.type === "BlockStatement" || node.type === "StaticBlock" || node.type === "ClassBody" || node.type === "SwitchCase";
        for (const key in node) {
            if (SKIPPED_KEYS.has(key) || ERASED_KEYS.has(key))
                continue;
            const child = node[key];
            if (Array.isArray(child)) {
                for (const each of child)
                    if (isNode(each))
                        this.visit(each, holdsStatements);
            }
            else if (isNode(child))
                this.visit(child);
        }
    }
    /** A statement, export or class member that is a type, an overload or a `declare` form. */
    isTypeOnly(node) {
        if (TYPE_DECLARATIONS.has(node.type))
            return true;
        if (node.declare === true)
            return true;
        if (node.importKind === "type" && (node.type === "ImportDeclaration" || node.type === "TSImportEqualsDeclaration"))
            return true;
        if (node.exportKind === "type" && (node.type === "ExportNamedDeclaration" || node.type === "ExportAllDeclaration"))
            return true;
        if (node.abstract === true && CLASS_MEMBERS.has(node.type) && node.value == null && node.body == null)
            return true;
        const declaration = node.declaration;
        if ((node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration") && declaration)
            return this.isTypeOnly(declaration);
        return false;
    }
    /** Erased; an erased statement leaves a `;`, so that the next line does not continue the last. */
    eraseStatement(node, statementList) {
        this.ranges.push(statementList ? { start: node.start, end: node.end, put: { at: node.start, text: ";" } } : { start: node.start, end: node.end });
    }
    /** `x as T`, `x satisfies T`, `x!`, `<T>x`, `f<T>`: the wrapper goes, the expression stays. */
    visitTypeScriptExpression(node) {
        // Offsets come from the wrapper and its type, never from the expression, which may be in
        // parentheses that its own range leaves out: `(x) as T`, `(x)!`, `<T>(x)`.
        const expression = node.expression;
        const type = (node.typeAnnotation ?? node.typeParameters);
        switch (node.type) {
            case "TSAsExpression":
                this.erase(this.keywordBefore("as", type), node.end);
                break;
            case "TSSatisfiesExpression":
                this.erase(this.keywordBefore("satisfies", type), node.end);
                break;
            case "TSNonNullExpression":
                if (this.text[node.end - 1] !== "!")
                    throw new NotErasable();
                this.erase(node.end - 1, node.end);
                break;
            case "TSTypeAssertion": {
                const close = this.skipSpaces(type.end);
                if (this.text[close] !== ">")
                    throw new NotErasable();
                this.erase(node.start, close + 1);
                break;
            }
            case "TSInstantiationExpression":
                this.erase(type.start, type.end);
                break;
            default:
                // enum, namespace, parameter property, `import x = require()`, `export =`, and any
                // TypeScript node in a value position this file does not know.
                throw new NotErasable();
        }
        this.visit(expression);
    }
    /** The `as` of `x as T`: only spaces may stand between it and the type. */
    keywordBefore(keyword, type) {
        const at = this.text.lastIndexOf(keyword, type.start - 1);
        if (at === -1 || this.text.slice(at + keyword.length, type.start).trim() !== "" || /[\w$]/.test(this.text[at - 1] ?? ""))
            throw new NotErasable();
        return at;
    }
    erase(start, end) {
        this.ranges.push({ start, end });
    }
    eraseAnnotations(node) {
        for (const key of ANNOTATION_KEYS) {
            const annotation = node[key];
            if (!isNode(annotation))
                continue;
            if (key === "returnType" && node.type === "ArrowFunctionExpression")
                this.eraseArrowReturnType(annotation);
            else if (key === "typeAnnotation" && CLASS_MEMBERS.has(node.type) && node.value == null && annotation.end === node.end) {
                // `get!: Handler` on its own line, with no `;`: ended here, or `get` would take the next line.
                this.ranges.push({ start: annotation.start, end: annotation.end, put: { at: annotation.end - 1, text: ";" } });
            }
            else
                this.erase(annotation.start, annotation.end);
        }
        const parameters = node.params;
        if (Array.isArray(parameters) && isNode(parameters[0]) && parameters[0].type === "Identifier" && parameters[0].name === "this") {
            this.erase(parameters[0].start, this.afterComma(parameters[0].end));
            parameters.shift();
        }
    }
    /**
     * `(a): Promise<{\n…}> => …`: a line break may not come before `=>`, so the `)` of the
     * parameters moves to the end of the erased type, beside the arrow.
     */
    eraseArrowReturnType(annotation) {
        const close = this.skipSpacesBack(annotation.start - 1, 0);
        if (this.text[close] !== ")")
            throw new NotErasable();
        if (!/[\r\n\u2028\u2029]/.test(this.text.slice(close, annotation.end)))
            return this.erase(annotation.start, annotation.end);
        this.ranges.push({ start: close, end: annotation.end, put: { at: annotation.end - 1, text: ")" } });
    }
    /** The `?` of an optional binding or member and the `!` of a definite one. */
    eraseMarks(node) {
        const mark = node.optional === true && MARKED.has(node.type) ? "?" : node.definite === true ? "!" : undefined;
        if (!mark)
            return;
        if (CLASS_MEMBERS.has(node.type))
            return this.eraseMarkAfter(node.key, node.computed === true, mark);
        if (node.type === "VariableDeclarator")
            return this.eraseMarkBefore(node.id, mark);
        this.eraseMarkBefore(node, mark);
    }
    /** A member's mark follows its key (and the `]` of a computed key). */
    eraseMarkAfter(key, computed, mark) {
        let at = this.skipSpaces(key.end);
        if (computed && this.text[at] === "]")
            at = this.skipSpaces(at + 1);
        if (this.text[at] !== mark)
            throw new NotErasable();
        this.erase(at, at + 1);
    }
    /** A binding's mark is the last thing before its type annotation (or its end). */
    eraseMarkBefore(binding, mark) {
        const annotation = binding.typeAnnotation;
        const at = this.skipSpacesBack((annotation ? annotation.start : binding.end) - 1, binding.start);
        if (this.text[at] !== mark)
            throw new NotErasable();
        this.erase(at, at + 1);
    }
    /** `import { type A, B }`, `export { type A }`: the type specifier goes, with its comma. */
    eraseTypeSpecifiers(node) {
        const specifiers = node.specifiers;
        if (!Array.isArray(specifiers))
            return;
        for (const specifier of specifiers) {
            if (specifier.importKind === "type" || specifier.exportKind === "type")
                this.erase(specifier.start, this.afterComma(specifier.end));
        }
    }
    /** `private readonly x`: the words between the member's start and its key. */
    eraseModifiers(node) {
        const key = node.key;
        const head = this.text.slice(node.start, key.start);
        if (head.includes("/") || head.includes("@"))
            throw new NotErasable(); // a comment or a decorator
        for (const match of head.matchAll(MEMBER_MODIFIERS))
            this.erase(node.start + match.index, node.start + match.index + match[0].length);
    }
    /** `abstract class`, `implements A, B` (`extends B<T>`'s arguments are an annotation). */
    eraseClassHeritage(node) {
        if (node.abstract === true) {
            const at = this.text.indexOf("abstract", node.start);
            if (at === -1 || at >= node.body.start)
                throw new NotErasable();
            this.erase(at, at + "abstract".length);
        }
        const implemented = node.implements;
        if (!implemented || implemented.length === 0)
            return;
        const keyword = this.text.lastIndexOf("implements", implemented[0].start);
        if (keyword < node.start)
            throw new NotErasable();
        this.erase(keyword, implemented[implemented.length - 1].end);
    }
    afterComma(end) {
        const at = this.skipSpaces(end);
        return this.text[at] === "," ? at + 1 : end;
    }
    skipSpaces(at) {
        while (at < this.text.length && /\s/.test(this.text[at]))
            at++;
        return at;
    }
    /** The last offset at or before `at`, and not before `floor`, that is not white space. */
    skipSpacesBack(at, floor) {
        while (at > floor && /\s/.test(this.text[at] ?? ""))
            at--;
        return at;
    }
}
function isNode(value) {
    return typeof value === "object" && value !== null && typeof value.type === "string";
}
