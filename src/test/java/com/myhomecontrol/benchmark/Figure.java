package com.myhomecontrol.benchmark;

/** One measured figure, with the target it must meet when it has one. */
record Figure(String name, double value, Unit unit, Target target) {

    /** A bound a figure must meet: at least so many readings per second, or under so many milliseconds. */
    record Target(boolean atLeast, double bound) {

        static Target atLeast(double bound) {
            return new Target(true, bound);
        }

        static Target below(double bound) {
            return new Target(false, bound);
        }

        boolean metBy(double value) {
            return atLeast ? value >= bound : value < bound;
        }
    }

    static Figure reported(String name, double value, Unit unit) {
        return new Figure(name, value, unit, null);
    }

    String formattedValue() {
        return unit.format(value);
    }

    String formattedTarget() {
        if (target == null) {
            return "-";
        }
        return (target.atLeast() ? ">= " : "< ") + unit.format(target.bound());
    }

    String verdict() {
        if (target == null) {
            return "reported";
        }
        return target.metBy(value) ? "PASS" : "FAIL";
    }
}
