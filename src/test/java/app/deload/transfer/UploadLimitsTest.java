package app.deload.transfer;

import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

/** Uploads the import cannot take get the import page's own message, never an empty answer or a 500. */
@QuarkusTest
class UploadLimitsTest {

    private static byte[] csvOf(int megabytes) {
        byte[] content = new byte[megabytes * 1024 * 1024];
        Arrays.fill(content, (byte) 'a');
        byte[] header = "athlete_code,date\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    @Test
    void aFileOverFiveMegabytesGetsTheImportPagesMessage() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        Transfers.upload(coach, squad.teamId(), "sessions", "big.csv", csvOf(6)).then().statusCode(400)
                .body(containsString("class=\"topbar\""), containsString("The file is larger than 5 MB"));
    }

    /** Over Quarkus' default body limit (10 MB) the app used to answer an empty 413 before seeing the file. */
    @Test
    void aFileOverTenMegabytesGetsTheSameMessage() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        Transfers.upload(coach, squad.teamId(), "sessions", "huge.csv", csvOf(12)).then().statusCode(400)
                .body(containsString("class=\"topbar\""), containsString("The file is larger than 5 MB"),
                        containsString("aria-invalid=\"true\""));
    }

    @Test
    void aTruncatedMultipartUploadIsA400() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"" + WebSession.CSRF_FIELD + "\"\r\n\r\n"
                + coach.csrfToken() + "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nsessions\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nathlete_code,date,start_ti";
        coach.request().contentType("multipart/form-data; boundary=XyZ").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/teams/" + squad.teamId() + "/import").then().statusCode(400);
    }
}
