package org.dvpp.assessment.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dvpp.assessment.Fraction;
import org.jspecify.annotations.Nullable;

/**
 * Parses the formula language described in {@link Expression}. A recursive-descent parser with hard limits on length,
 * nesting and number size, so a hostile definition cannot exhaust the stack or memory.
 */
public final class ExpressionParser {
    /** Longest formula accepted. */
    public static final int MAX_LENGTH = 2000;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 24;

    private static final Set<String> FUNCTIONS = Set.of("sum", "mean", "min", "max", "countYes", "isYes", "isNo",
            "answered");

    /** What a name in a formula refers to. */
    public interface Names {
        /**
         * @param name an item id
         * @return its index, or -1
         */
        int item(String name);

        /**
         * @param name a score id
         * @return its index, or -1 (also for scores not yet defined at this point)
         */
        int score(String name);

        /**
         * @param itemIndex an item index
         * @return whether it is a yes/no item
         */
        boolean isYesNo(int itemIndex);

        /** @return whether {@code total} may be used here */
        boolean totalAllowed();
    }

    /** A formula could not be parsed or names something undefined. */
    public static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super(message, null, false, false);
        }
    }

    private final String text;
    private final Names names;
    private int pos;
    private int depth;

    private ExpressionParser(String text, Names names) {
        this.text = text;
        this.names = names;
    }

    /**
     * @param text the formula
     * @param names what names refer to
     * @param expected the type the formula must have
     * @return the compiled expression
     * @throws ParseException with a message saying what is wrong and where
     */
    public static Expression parse(String text, Names names, Expression.Type expected) throws ParseException {
        if (text.length() > MAX_LENGTH) {
            throw new ParseException("formula is " + text.length() + " characters long; at most " + MAX_LENGTH);
        }
        ExpressionParser p = new ExpressionParser(text, names);
        Expression e = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        if (e.type() != expected) {
            throw new ParseException("formula must be a " + (expected == Expression.Type.NUMBER
                    ? "number (such as C + A + M - PC)" : "condition (such as Q9 >= 1)"));
        }
        return e;
    }

    private ParseException error(String message) {
        return new ParseException(message + " at character " + (pos + 1));
    }

    private void enter() throws ParseException {
        if (++depth > MAX_DEPTH) {
            throw error("formula nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private Expression or() throws ParseException {
        enter();
        Expression left = and();
        while (keyword("or")) {
            left = new Expression.Logic(false, bool(left), bool(and()));
        }
        depth--;
        return left;
    }

    private Expression and() throws ParseException {
        Expression left = not();
        while (keyword("and")) {
            left = new Expression.Logic(true, bool(left), bool(not()));
        }
        return left;
    }

    private Expression not() throws ParseException {
        if (keyword("not")) {
            enter();
            Expression e = new Expression.Not(bool(not()));
            depth--;
            return e;
        }
        return compare();
    }

    private Expression compare() throws ParseException {
        Expression left = sum();
        skipSpace();
        for (String op : new String[] {">=", "<=", "==", "!=", ">", "<"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Expression.Compare(op, num(left), num(sum()));
            }
        }
        return left;
    }

    private Expression sum() throws ParseException {
        Expression left = product();
        while (true) {
            skipSpace();
            if (peek('+') || peek('-')) {
                char op = text.charAt(pos++);
                left = new Expression.Arithmetic(op, num(left), num(product()));
            } else {
                return left;
            }
        }
    }

    private Expression product() throws ParseException {
        Expression left = unary();
        while (true) {
            skipSpace();
            if (peek('*') || peek('/')) {
                char op = text.charAt(pos++);
                left = new Expression.Arithmetic(op, num(left), num(unary()));
            } else {
                return left;
            }
        }
    }

    private Expression unary() throws ParseException {
        skipSpace();
        if (peek('-')) {
            pos++;
            enter();
            Expression e = new Expression.Negate(num(unary()));
            depth--;
            return e;
        }
        return primary();
    }

    private Expression primary() throws ParseException {
        skipSpace();
        if (pos >= text.length()) {
            throw error("formula ends too early");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Expression e = or();
            expect(')');
            return e;
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String n = text.substring(start, pos);
            if (n.length() > 12) {
                throw error("number '" + n.substring(0, 12) + "...' is too long");
            }
            try {
                return new Expression.Constant(Fraction.parse(n));
            } catch (NumberFormatException | ArithmeticException e) {
                throw error("'" + n + "' is not a number");
            }
        }
        if (Character.isLetter(c) || c == '_') {
            String name = name();
            skipSpace();
            if (peek('(')) {
                pos++;
                return function(name);
            }
            switch (name) {
                case "true":
                    return new Expression.Bool(true);
                case "false":
                    return new Expression.Bool(false);
                case "total":
                    if (!names.totalAllowed()) {
                        throw error("'total' cannot be used here");
                    }
                    return new Expression.TotalRef();
                default:
                    int item = names.item(name);
                    if (item >= 0) {
                        return new Expression.ItemRef(item);
                    }
                    int score = names.score(name);
                    if (score >= 0) {
                        return new Expression.ScoreRef(score);
                    }
                    throw error("'" + name + "' is not an item, a score defined earlier, or total");
            }
        }
        throw error("unexpected '" + c + "'");
    }

    private Expression function(String fn) throws ParseException {
        if (!FUNCTIONS.contains(fn)) {
            throw error("unknown function '" + fn + "'; known: " + String.join(", ", FUNCTIONS.stream().sorted()
                    .toList()));
        }
        enter();
        List<Expression> args = new ArrayList<>();
        List<Integer> itemArgs = new ArrayList<>();
        boolean itemFunction = fn.equals("countYes") || fn.equals("isYes") || fn.equals("isNo")
                || fn.equals("answered");
        skipSpace();
        if (!peek(')')) {
            do {
                if (itemFunction) {
                    skipSpace();
                    String name = name();
                    int item = names.item(name);
                    if (item < 0) {
                        throw error(fn + "() takes item ids; '" + name + "' is not an item");
                    }
                    if (!fn.equals("answered") && !names.isYesNo(item)) {
                        throw error(fn + "() takes yes/no items; '" + name + "' is not one");
                    }
                    itemArgs.add(item);
                } else {
                    args.add(num(or()));
                }
                skipSpace();
            } while (consume(','));
        }
        expect(')');
        depth--;
        if (itemFunction) {
            if (fn.equals("countYes")) {
                if (itemArgs.isEmpty()) {
                    throw error("countYes() needs at least one item");
                }
                return new Expression.CountYes(itemArgs.stream().mapToInt(Integer::intValue).toArray());
            }
            if (itemArgs.size() != 1) {
                throw error(fn + "() takes exactly one item");
            }
            return new Expression.ItemTest(fn, itemArgs.get(0));
        }
        if (args.isEmpty()) {
            throw error(fn + "() needs at least one argument");
        }
        return new Expression.Aggregate(fn, args);
    }

    private String name() throws ParseException {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("a name was expected");
        }
        if (pos - start > 64) {
            throw error("name is longer than 64 characters");
        }
        return text.substring(start, pos);
    }

    private boolean keyword(String word) {
        skipSpace();
        if (text.startsWith(word, pos)) {
            int end = pos + word.length();
            if (end >= text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                pos = end;
                return true;
            }
        }
        return false;
    }

    private Expression num(Expression e) throws ParseException {
        if (e.type() != Expression.Type.NUMBER) {
            throw error("a number was expected, not a condition");
        }
        return e;
    }

    private Expression bool(Expression e) throws ParseException {
        if (e.type() != Expression.Type.BOOLEAN) {
            throw error("a condition was expected, not a number");
        }
        return e;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean consume(char c) {
        skipSpace();
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws ParseException {
        if (!consume(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

}
