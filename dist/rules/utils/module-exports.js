import { AST_NODE_TYPES } from "./ast-runtime.js";
import { memberName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";
export function exportTable(program) {
    const table = { named: new Map(), reexports: new Map(), stars: [] };
    for (const statement of program.body) {
        switch (statement.type) {
            case AST_NODE_TYPES.ExpressionStatement:
                commonJsAssignment(statement.expression, table);
                break;
            case AST_NODE_TYPES.VariableDeclaration:
                for (const declarator of statement.declarations)
                    if (declarator.init)
                        commonJsAssignment(declarator.init, table);
                break;
            case AST_NODE_TYPES.TSExportAssignment:
                table.namespace = statement.expression;
                break;
            case AST_NODE_TYPES.ExportDefaultDeclaration:
                table.named.set("default", statement.declaration);
                break;
            case AST_NODE_TYPES.ExportNamedDeclaration:
                namedExport(statement, table);
                break;
            case AST_NODE_TYPES.ExportAllDeclaration:
                if (statement.exported)
                    table.reexports.set(nameOf(statement.exported), { specifier: statement.source.value, name: "*" });
                else
                    table.stars.push(statement.source.value);
                break;
            default:
                break;
        }
    }
    return table;
}
function namedExport(statement, table) {
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations)
            for (const id of boundIdentifiers(declarator.id))
                table.named.set(id.name, id);
    }
    else if ((declaration?.type === AST_NODE_TYPES.FunctionDeclaration || declaration?.type === AST_NODE_TYPES.ClassDeclaration) && declaration.id) {
        table.named.set(declaration.id.name, declaration);
    }
    for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ExportSpecifier)
            continue;
        const exported = nameOf(specifier.exported);
        const local = nameOf(specifier.local);
        if (statement.source)
            table.reexports.set(exported, { specifier: statement.source.value, name: local });
        else if (specifier.local.type === AST_NODE_TYPES.Identifier)
            table.named.set(exported, specifier.local);
    }
}
/** `module.exports = exports = X`, `exports.a = module.exports.b = X`: every target gets X. */
function commonJsAssignment(expression, table) {
    const targets = [];
    let value = expression;
    while (value.type === AST_NODE_TYPES.AssignmentExpression && value.operator === "=") {
        targets.push(value.left);
        value = value.right;
    }
    for (const target of targets) {
        if (isModuleExports(target))
            table.namespace = value;
        const name = exportsMember(target);
        if (name !== undefined)
            table.named.set(name, value);
    }
}
function isModuleExports(node) {
    const expression = unwrapExpression(node);
    return (expression.type === AST_NODE_TYPES.MemberExpression &&
        expression.object.type === AST_NODE_TYPES.Identifier &&
        expression.object.name === "module" &&
        memberName(expression) === "exports");
}
/** `exports.a` or `module.exports.a` → "a". */
function exportsMember(node) {
    const expression = unwrapExpression(node);
    if (expression.type !== AST_NODE_TYPES.MemberExpression)
        return undefined;
    const owner = expression.object;
    const isExports = (owner.type === AST_NODE_TYPES.Identifier && owner.name === "exports") || isModuleExports(owner);
    return isExports ? memberName(expression) : undefined;
}
function boundIdentifiers(pattern) {
    switch (pattern.type) {
        case AST_NODE_TYPES.Identifier:
            return [pattern];
        case AST_NODE_TYPES.ObjectPattern:
            return pattern.properties.flatMap((property) => boundIdentifiers(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
        case AST_NODE_TYPES.AssignmentPattern:
            return boundIdentifiers(pattern.left);
        default:
            return [];
    }
}
function nameOf(node) {
    return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}
