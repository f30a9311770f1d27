package dev.copydesk;

/** The database contract on the embedded H2 file database, in the shared test context. */
@IntegrationTest
class H2DatabaseContractTest extends DatabaseContract {
}
