package io.wasm4j.it.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs the harness on {@code selftest/selftest.wast}, whose wrong expectations must be reported as
 * failures (a harness that passes everything would pass the suite too).
 */
final class HarnessSelfTest {

    private static final Map<Integer, Outcome> EXPECTED = Map.ofEntries(
            Map.entry(3, Outcome.PASS), // valid binary module
            Map.entry(4, Outcome.FAIL), // assert_invalid on a valid module
            Map.entry(5, Outcome.FAIL), // assert_malformed with the wrong message
            Map.entry(6, Outcome.PASS), // assert_malformed, right message
            Map.entry(7, Outcome.FAIL), // a module command whose binary is malformed
            Map.entry(8, Outcome.FAIL), // assert_malformed on a well-formed module
            Map.entry(9, Outcome.SKIP), // assert_return needs a runtime
            Map.entry(10, Outcome.SKIP), // assert_unlinkable: module valid, linking needs a runtime
            Map.entry(11, Outcome.FAIL), // assert_unlinkable whose module is malformed
            Map.entry(12, Outcome.SKIP), // in the skip list
            Map.entry(13, Outcome.PASS), // a valid text module
            Map.entry(14, Outcome.PASS), // assert_malformed on unparsable quoted text
            Map.entry(15, Outcome.FAIL)); // assert_malformed on a valid quoted module

    @Test
    void harness_wrongExpectations_areReportedAsFailures() throws IOException, URISyntaxException {
        Path root =
                Path.of(HarnessSelfTest.class.getResource("/selftest").toURI()).getParent();
        Path script = root.resolve("selftest/selftest.wast");
        SkipList skips = SkipList.parse(
                new BufferedReader(new StringReader("# comment\nselftest/selftest.wast:12\tdeliberately skipped\n")));
        ResultLog log = new ResultLog();
        SpecHarness harness = new SpecHarness(new CommandChecker(CoreModules.checker()), skips, log);

        Map<Integer, Outcome> thrown = new TreeMap<>();
        DynamicContainer file = harness.file(root, script);
        run(file.getChildren(), thrown);

        Map<Integer, Outcome> logged = new TreeMap<>();
        for (CommandResult r : log.results()) {
            assertEquals("selftest", r.folder());
            assertEquals("selftest.wast", r.file());
            logged.put(r.line(), r.verdict().outcome());
        }
        assertEquals(new TreeMap<>(EXPECTED), logged, () -> log.results().toString());
        assertEquals(logged, thrown);
        String skipReason = log.results().stream()
                .filter(r -> r.line() == 12)
                .findFirst()
                .orElseThrow()
                .verdict()
                .message();
        assertTrue(skipReason.contains("deliberately skipped"), skipReason);
    }

    @Test
    void harness_failureInFolderNotRequired_isLoggedAsFailButAbortsTheTest() throws Exception {
        Path root =
                Path.of(HarnessSelfTest.class.getResource("/selftest").toURI()).getParent();
        ResultLog log = new ResultLog();
        SpecHarness harness = new SpecHarness(
                folder -> new CommandChecker(CoreModules.checker()), SkipList.empty(), log, folder -> false);
        Map<Integer, Outcome> thrown = new TreeMap<>();
        run(harness.file(root, root.resolve("selftest/selftest.wast")).getChildren(), thrown);
        assertEquals(Outcome.SKIP, thrown.get(4));
        CommandResult line4 =
                log.results().stream().filter(r -> r.line() == 4).findFirst().orElseThrow();
        assertEquals(Outcome.FAIL, line4.verdict().outcome());
        assertTrue(SpecSuiteTest.failuresFailBuild("."));
        assertTrue(SpecSuiteTest.failuresFailBuild("custom"));
        assertTrue(!SpecSuiteTest.failuresFailBuild("proposals/threads"));
    }

    @Test
    void skipList_entryWithoutReason_isRejected() {
        var reader = new BufferedReader(new StringReader("a.wast:1\n"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> SkipList.parse(reader));
        assertTrue(e.getMessage().contains("needs a reason"), e.getMessage());
    }

    @Test
    void checkedInSkipList_loads() {
        SkipList.load();
    }

    private static void run(Stream<? extends DynamicNode> nodes, Map<Integer, Outcome> outcomes) {
        nodes.forEach(node -> {
            if (node instanceof DynamicContainer c) {
                run(c.getChildren(), outcomes);
                return;
            }
            DynamicTest test = (DynamicTest) node;
            int line = Integer.parseInt(
                    test.getDisplayName().substring(test.getDisplayName().lastIndexOf(':') + 1));
            Outcome outcome;
            try {
                test.getExecutable().execute();
                outcome = Outcome.PASS;
            } catch (AssertionFailedError e) {
                outcome = Outcome.FAIL;
            } catch (TestAbortedException e) {
                outcome = Outcome.SKIP;
            } catch (Throwable e) {
                throw new AssertionError("the harness itself threw at line " + line, e);
            }
            outcomes.put(line, outcome);
        });
    }
}
