package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Wed, 12 Feb 2025 16:05:00 GMT            | 2025-02-12T16:05:00Z
        Tue, 11 Feb 2025 08:30:00 +0100          | 2025-02-11T07:30:00Z
        Tue, 11 Feb 2025 08:30:00 +01:00         | 2025-02-11T07:30:00Z
        11 Feb 2025 08:30:00 -0500               | 2025-02-11T13:30:00Z
        Thu, 01 Jan 04 19:48:21 GMT              | 2004-01-01T19:48:21Z
        Thu,  5 Apr 2012 10:00:00 GMT            | 2012-04-05T10:00:00Z
        Thu, 01 Jan 2004 00:00 GMT               | 2004-01-01T00:00:00Z
        Thu, 01 Jan 2004                         | 2004-01-01T00:00:00Z
        Mon, 10 Feb 2025 10:00:00 EST            | 2025-02-10T15:00:00Z
        Mon, 10 Feb 2025 10:00:00 EDT            | 2025-02-10T14:00:00Z
        Mon, 10 Feb 2025 10:00:00 CST            | 2025-02-10T16:00:00Z
        Mon, 10 Feb 2025 10:00:00 PST            | 2025-02-10T18:00:00Z
        Mon, 10 Feb 2025 10:00:00 UT             | 2025-02-10T10:00:00Z
        Mon, 10 Feb 2025 10:00:00 UTC            | 2025-02-10T10:00:00Z
        Mon, 10 Feb 2025 10:00:00 CET            | 2025-02-10T09:00:00Z
        Mon, 10 Jun 2025 10:00:00 CEST           | 2025-06-10T08:00:00Z
        Mon, 10 Jun 2025 10:00:00 BST            | 2025-06-10T09:00:00Z
        Mon, 10 Feb 2025 10:00:00 WAT            | 2025-02-10T09:00:00Z
        Thu, 30 Apr 2015 08:57:00 MET            | 2015-04-30T07:57:00Z
        Mon, 26 January 2004 16:31:00 PT         | 2004-01-27T00:31:00Z
        Mon, 26 January 2004 16:31:00 AT         | 2004-01-26T20:31:00Z
        Wed, 19 Feb 2012 22:40:00 GMT-01:01      | 2012-02-19T23:41:00Z
        Wed, 19 Feb 2012 22:40:00 -01:01         | 2012-02-19T23:41:00Z
        Wed, 19 Aug 2009 18:28:00 Etc/GMT        | 2009-08-19T18:28:00Z
        Mon, 13 Feb, 2012 06:28:00 UTC           | 2012-02-13T06:28:00Z
        Thu Aug 30 2012 17:26:16 +0200           | 2012-08-30T15:26:16Z
        Sun Jan  4 16:29:06 2004                 | 2004-01-04T16:29:06Z
        Sun Jul 15 01:16:00 +0000 2012           | 2012-07-15T01:16:00Z
        Fri, 2006/09/15 08:19:53 EDT             | 2006-09-15T12:19:53Z
        Tue, 10 Jun 2003 09:41:01 Z              | 2003-06-10T09:41:01Z
        Tue, 10 Jun 2003 09:41:01 A              | 2003-06-10T10:41:01Z
        Tue, 10 Jun 2003 09:41:01 N              | 2003-06-10T08:41:01Z
        2003-12-31T10:14:55Z                     | 2003-12-31T10:14:55Z
        2003-12-31T10:14:55-08:00                | 2003-12-31T18:14:55Z
        2007-04-23T23:25:47.538+10:00            | 2007-04-23T13:25:47.538Z
        2003-12-31T10:14:55.1234Z                | 2003-12-31T10:14:55.123400Z
        2003-12-31T10:14:55                      | 2003-12-31T10:14:55Z
        2003-12-31 10:14                         | 2003-12-31T10:14:00Z
        2004-07-08 23:56:58 -00:20               | 2004-07-09T00:16:58Z
        2004-07-08 23:56:58.0                    | 2004-07-08T23:56:58Z
        2003-12-31                               | 2003-12-31T00:00:00Z
        2003-12                                  | 2003-12-01T00:00:00Z
        2003                                     | 2003-01-01T00:00:00Z
        20031231T101455Z                         | 2003-12-31T10:14:55Z
        2003-335                                 | 2003-12-01T00:00:00Z
        03-12-31                                 | 2003-12-31T00:00:00Z
        031231                                   | 2003-12-31T00:00:00Z
        -03-12                                   | 2003-12-01T00:00:00Z
        -0312                                    | 2003-12-01T00:00:00Z
        2003-012-31T10:14:55+00:00               | 2003-12-31T10:14:55Z
        2004-02-28T18:14:55-08:00                | 2004-02-29T02:14:55Z
        2003-02-28T18:14:55-08:00                | 2003-03-01T02:14:55Z
        vendredi 7 février 2025                  | 2025-02-07T00:00:00Z
        Vendredi 7 Fevrier 2025                  | 2025-02-07T00:00:00Z
        Publié le lundi 10 février 2025 à 07h40  | 2025-02-10T07:40:00Z
        Publié le jeudi 13 février 2025          | 2025-02-13T00:00:00Z
        08/02/2025 à 10:35                       | 2025-02-08T10:35:00Z
        1er août 2024 18h                        | 2024-08-01T18:00:00Z
        mar. 11 févr. 2025 14:00                 | 2025-02-11T14:00:00Z
        11 décembre 2024                         | 2024-12-11T00:00:00Z
        Feb 10, 2025 at 10:35 pm                 | 2025-02-10T22:35:00Z
        February 10th 2025, 12:05 a.m.           | 2025-02-10T00:05:00Z
        Κυρ, 11 Ιούλ 2004 12:00:00 EST           | 2004-07-11T17:00:00Z
        2004-július-13T9:15-05:00                | 2004-07-13T14:15:00Z
        2004-05-25 오후 11:23:17                   | 2004-05-25T14:23:17Z
        2004년 05월 28일  01:31:15                 | 2004-05-27T16:31:15Z
        """)
    void reads_real_world_dates_as_utc(String text, String expected) {
        assertEquals(Instant.parse(expected), Dates.parse(text));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "   ", "not a date", "Sun, 16 Dec 2012 1:2:3:4 GMT", "Sun, 16 zzz 2012 11:47:32 GMT",
        "Sun, Dec x 2012 11:47:32 GMT", "Sun, 16 Dec zz 11:47:32 GMT", "Sun, 16 Dec 2012 11:47:32 +zz:00",
        "Sun, 16 Dec 2012 11:47:32 +00:zz", "Sun, 99 Jun 2009 12:00:00 GMT", "Sun, 31 Dec 9999 23:59:59 -9999",
        "9999-12-31T23:59:59-99:99", "2003-12-31T25:14:55Z", "2003-12-31T10:61:55Z", "2003-12-31T10:14:61Z",
        "013", "2013-01-27-01", "2013-01-28T11:30:00-06:00Textra", "2013-xx-27", "2013-01-28T09:xx:00Z",
        "2013-01-28T09:00:00+00:xx", "31 février 2025", "2025-02-30"})
    void unreadable_dates_are_null(String text) {
        assertNull(Dates.parse(text));
    }

    @Test
    void null_is_null() {
        assertNull(Dates.parse(null));
    }

    @Test
    void a_long_paragraph_is_not_scanned() {
        assertNull(Dates.parse("Le 10 février 2025, ".repeat(20)));
    }
}
