package app.deload.demo;

/** Seeds of the demo history; the loader that maps it onto entities arrives with the capture features. */
final class DemoLoader {

    static final long ROWING_SEED = 11;
    static final long FOOTBALL_SEED = 22;

    private DemoLoader() {
    }
}
