// Relay/lock controller RC-1 for an Arduino Uno (ATmega328P).
// Protocol: ../PROTOCOL.md. Every relay starts off; nothing is switched on unless a request with a
// valid CRC asks for it, and the controller switches things off again on its own.

#include <avr/io.h>
#include <avr/wdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DEVICE_ID
#define DEVICE_ID "RC-1"
#endif
#define FW_VERSION "1.0.0"
#define PROTO_VERSION 1

static const uint8_t RELAY_PINS[] = {4, 5, 6, 7};
// Inputs are active when pulled to GND: input 1 = door open, input 2 = e-stop pressed.
static const uint8_t INPUT_PINS[] = {A0, A1};
#define N_CH ((uint8_t)sizeof(RELAY_PINS))
#define N_IN ((uint8_t)sizeof(INPUT_PINS))
#define ESTOP_INPUT 1  // index into INPUT_PINS: input 2 is the e-stop

#define LINE_MAX 80
#define REPLY_MAX 112
#define MAX_UNLOCK_S 86400UL
#define MAX_HB_S 3600UL
#define DEBOUNCE_MS 20UL
// Frame-error replies come from a token bucket: a burst of ERR_BURST, then one per ERR_REFILL_MS.
// A flood of bad lines would otherwise fill the TX buffer and block the loop in Serial.write.
#define ERR_BURST 8
#define ERR_REFILL_MS 25UL
// Bytes read per loop(): with at most one line handled per pass, timers and inputs always run.
#define RX_BUDGET 32

static bool unlocked[N_CH];
static unsigned long until_ms[N_CH];
static bool keep_alive[N_CH];

static unsigned long hb_ms;  // 0 = heartbeat off
static unsigned long last_rx_ms;
static bool hb_fired;

static bool in_active[N_IN];
static bool in_raw[N_IN];
static unsigned long in_since_ms[N_IN];

static uint16_t event_seq;

static char line[LINE_MAX + 1];
static uint8_t line_len;
static bool line_overflow;

static bool have_last;
static uint16_t last_seq;
static uint16_t last_crc;
static char last_reply[REPLY_MAX];

static char out[REPLY_MAX];

static uint8_t err_tokens;
static unsigned long err_stamp_ms;

// A watchdog reset leaves the watchdog running with its shortest timeout; switch it off before
// the C runtime and setup() run, or the board would reset forever.
void early_wdt_off(void) __attribute__((naked, used, section(".init3")));
void early_wdt_off(void) {
  MCUSR = 0;
  wdt_disable();
}

static uint16_t crc16(const char* data, uint8_t len) {
  uint16_t crc = 0xFFFF;
  for (uint8_t i = 0; i < len; i++) {
    crc ^= (uint16_t)(uint8_t)data[i] << 8;
    for (uint8_t b = 0; b < 8; b++) {
      crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
    }
  }
  return crc;
}

static void send_body(const char* body) {
  static const char HEX_DIGITS[] = "0123456789ABCDEF";
  uint8_t len = strlen(body);
  uint16_t crc = crc16(body, len);
  char tail[7];
  tail[0] = '*';
  tail[1] = HEX_DIGITS[(crc >> 12) & 0xF];
  tail[2] = HEX_DIGITS[(crc >> 8) & 0xF];
  tail[3] = HEX_DIGITS[(crc >> 4) & 0xF];
  tail[4] = HEX_DIGITS[crc & 0xF];
  tail[5] = '\n';
  tail[6] = 0;
  Serial.write((const uint8_t*)body, len);
  Serial.write((const uint8_t*)tail, 6);
}

static void set_relay(uint8_t ch, bool on) {
  unlocked[ch] = on;
  digitalWrite(RELAY_PINS[ch], on ? HIGH : LOW);
}

// Appends "key=a,b,c" of the channels in `mask` (or "-") to out.
static void append_channel_list(char* buf, size_t size, const char* key, uint8_t mask) {
  size_t pos = strlen(buf);
  pos += snprintf(buf + pos, size - pos, " %s=", key);
  bool any = false;
  for (uint8_t ch = 0; ch < N_CH && pos < size; ch++) {
    if (mask & (1 << ch)) {
      pos += snprintf(buf + pos, size - pos, any ? ",%u" : "%u", ch + 1);
      any = true;
    }
  }
  if (!any && pos < size) snprintf(buf + pos, size - pos, "-");
}

static void begin_event(const char* name) {
  snprintf(out, sizeof out, "!%u %s", event_seq, name);
  event_seq = (event_seq == 65535U) ? 1 : event_seq + 1;
}

static void send_hello_fields(char* buf, size_t size) {
  size_t pos = strlen(buf);
  snprintf(buf + pos, size - pos, " id=%s fw=%s ch=%u in=%u proto=%u", DEVICE_ID, FW_VERSION,
           N_CH, N_IN, PROTO_VERSION);
}

static unsigned long seconds_left(uint8_t ch, unsigned long now) {
  if (!unlocked[ch]) return 0;
  unsigned long left_ms = until_ms[ch] - now;
  if ((long)left_ms <= 0) return 0;
  return (left_ms + 999UL) / 1000UL;
}

static uint8_t lock_where(bool include_keep_alive) {
  uint8_t mask = 0;
  for (uint8_t ch = 0; ch < N_CH; ch++) {
    if (unlocked[ch] && (include_keep_alive || !keep_alive[ch])) {
      set_relay(ch, false);
      mask |= 1 << ch;
    }
  }
  return mask;
}

// Parses a decimal number of at most 6 digits into *value; false if `word` is anything else.
static bool parse_number(const char* word, unsigned long* value) {
  uint8_t n = 0;
  unsigned long v = 0;
  if (!word || !*word) return false;
  for (; word[n]; n++) {
    if (word[n] < '0' || word[n] > '9' || n >= 6) return false;
    v = v * 10 + (word[n] - '0');
  }
  *value = v;
  return true;
}

static int8_t parse_channel(const char* word) {
  unsigned long v;
  if (!parse_number(word, &v)) return -2;  // not a number
  if (v < 1 || v > N_CH) return -1;        // no such channel
  return (int8_t)(v - 1);
}

// Sends a frame-level error (sequence 0) unless the bucket is empty; then it is dropped and the
// host's own timeout takes over.
static void send_frame_error(const char* body, unsigned long now) {
  unsigned long earned = (now - err_stamp_ms) / ERR_REFILL_MS;
  if (earned > 0) {
    err_tokens = (earned >= ERR_BURST || err_tokens + earned >= ERR_BURST)
                     ? ERR_BURST
                     : (uint8_t)(err_tokens + earned);
    err_stamp_ms = err_tokens == ERR_BURST ? now : err_stamp_ms + earned * ERR_REFILL_MS;
  }
  if (err_tokens == 0) return;
  err_tokens--;
  send_body(body);
}

static void reply_error(uint16_t seq, const char* code) {
  snprintf(out, sizeof out, "%u ERR %s", seq, code);
}

// Builds the reply to one request into `out`, acting on it.
static void dispatch(uint16_t seq, char** words, uint8_t count, unsigned long now) {
  const char* verb = words[0];
  if (strcmp(verb, "HELLO") == 0 && count == 1) {
    snprintf(out, sizeof out, "%u OK", seq);
    send_hello_fields(out, sizeof out);
  } else if (strcmp(verb, "PING") == 0 && count == 1) {
    snprintf(out, sizeof out, "%u OK up=%lu", seq, now / 1000UL);
  } else if (strcmp(verb, "STATUS") == 0 && count == 1) {
    size_t pos = snprintf(out, sizeof out, "%u OK t=", seq);
    for (uint8_t ch = 0; ch < N_CH; ch++) {
      pos += snprintf(out + pos, sizeof out - pos, ch ? ",%lu" : "%lu", seconds_left(ch, now));
    }
    pos += snprintf(out + pos, sizeof out - pos, " ka=");
    for (uint8_t ch = 0; ch < N_CH; ch++) {
      pos += snprintf(out + pos, sizeof out - pos, ch ? ",%u" : "%u", keep_alive[ch] ? 1 : 0);
    }
    pos += snprintf(out + pos, sizeof out - pos, " in=");
    for (uint8_t i = 0; i < N_IN; i++) {
      pos += snprintf(out + pos, sizeof out - pos, i ? ",%u" : "%u", in_active[i] ? 1 : 0);
    }
    snprintf(out + pos, sizeof out - pos, " hb=%lu up=%lu", hb_ms / 1000UL, now / 1000UL);
  } else if (strcmp(verb, "UNLOCK") == 0) {
    unsigned long secs;
    int8_t ch = count == 3 ? parse_channel(words[1]) : -2;
    if (ch == -1) {
      reply_error(seq, "CHANNEL");
    } else if (ch < 0 || !parse_number(words[2], &secs) || secs < 1 || secs > MAX_UNLOCK_S) {
      reply_error(seq, "ARG");
    } else if (in_active[ESTOP_INPUT]) {
      reply_error(seq, "ESTOP");
    } else {
      until_ms[ch] = now + secs * 1000UL;
      set_relay(ch, true);
      snprintf(out, sizeof out, "%u OK ch=%u t=%lu", seq, ch + 1, secs);
    }
  } else if (strcmp(verb, "LOCK") == 0 && count == 2) {
    if (strcmp(words[1], "ALL") == 0) {
      lock_where(true);
      snprintf(out, sizeof out, "%u OK ch=all", seq);
    } else {
      int8_t ch = parse_channel(words[1]);
      if (ch < 0) {
        reply_error(seq, ch == -1 ? "CHANNEL" : "ARG");
      } else {
        set_relay(ch, false);
        snprintf(out, sizeof out, "%u OK ch=%u", seq, ch + 1);
      }
    }
  } else if (strcmp(verb, "HB") == 0 && count == 2) {
    unsigned long secs;
    if (!parse_number(words[1], &secs) || secs > MAX_HB_S) {
      reply_error(seq, "ARG");
    } else {
      hb_ms = secs * 1000UL;
      hb_fired = false;
      snprintf(out, sizeof out, "%u OK hb=%lu", seq, secs);
    }
  } else if (strcmp(verb, "KEEP") == 0 && count == 3) {
    int8_t ch = parse_channel(words[1]);
    bool on = strcmp(words[2], "1") == 0;
    if (ch == -1) {
      reply_error(seq, "CHANNEL");
    } else if (ch < 0 || (!on && strcmp(words[2], "0") != 0)) {
      reply_error(seq, "ARG");
    } else {
      keep_alive[ch] = on;
      snprintf(out, sizeof out, "%u OK ch=%u ka=%u", seq, ch + 1, on ? 1 : 0);
    }
  } else if (strcmp(verb, "HELLO") == 0 || strcmp(verb, "PING") == 0 ||
             strcmp(verb, "STATUS") == 0 || strcmp(verb, "LOCK") == 0 ||
             strcmp(verb, "HB") == 0 || strcmp(verb, "KEEP") == 0) {
    reply_error(seq, "ARG");
  } else {
    reply_error(seq, "VERB");
  }
}

static int8_t hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static void handle_line(unsigned long now) {
  char* star = strrchr(line, '*');
  if (!star || (line + line_len) - star != 5) {
    send_frame_error("0 ERR SYNTAX", now);
    return;
  }
  uint16_t crc = 0;
  for (uint8_t i = 1; i <= 4; i++) {
    int8_t v = hex_value(star[i]);
    if (v < 0) {
      send_frame_error("0 ERR SYNTAX", now);
      return;
    }
    crc = (crc << 4) | (uint8_t)v;
  }
  uint8_t body_len = star - line;
  if (crc16(line, body_len) != crc) {
    send_frame_error("0 ERR CRC", now);
    return;
  }
  *star = 0;
  // Only a frame with a valid CRC proves the host is alive.
  last_rx_ms = now;
  hb_fired = false;

  // Up to six words; a sixth holds whatever is left and makes any request's count wrong.
  char* words[6];
  uint8_t count = 0;
  char* cursor = line;
  while (count < 6) {
    words[count++] = cursor;
    char* space = strchr(cursor, ' ');
    if (!space) break;
    *space = 0;
    cursor = space + 1;
  }
  unsigned long seq;
  if (count < 2 || !parse_number(words[0], &seq) || seq < 1 || seq > 65535UL) {
    send_frame_error("0 ERR SYNTAX", now);
    return;
  }
  if (have_last && last_seq == seq && last_crc == crc) {
    send_body(last_reply);  // a resend: answer again, act once
    return;
  }
  dispatch((uint16_t)seq, words + 1, count - 1, now);
  have_last = true;
  last_seq = (uint16_t)seq;
  last_crc = crc;
  strncpy(last_reply, out, sizeof last_reply - 1);
  last_reply[sizeof last_reply - 1] = 0;
  send_body(out);
}

// Reads at most RX_BUDGET bytes and handles at most one line per call, so that a stream of
// bad frames can never keep loop() from checking the timers, the inputs and the watchdog.
static void read_serial(unsigned long now) {
  for (uint8_t budget = RX_BUDGET; budget > 0 && Serial.available() > 0; budget--) {
    char c = (char)Serial.read();
    if (c == '\n' || c == '\r') {
      bool handled = false;
      if (line_overflow) {
        send_frame_error("0 ERR LONG", now);
        handled = true;
      } else if (line_len > 0) {
        line[line_len] = 0;
        handle_line(now);
        handled = true;
      }
      line_len = 0;
      line_overflow = false;
      if (handled) return;
    } else if (!line_overflow) {
      if (line_len >= LINE_MAX) {
        line_overflow = true;
      } else {
        line[line_len++] = c;
      }
    }
  }
}

static void check_timers(unsigned long now) {
  for (uint8_t ch = 0; ch < N_CH; ch++) {
    if (unlocked[ch] && (long)(now - until_ms[ch]) >= 0) {
      set_relay(ch, false);
      begin_event("EXPIRED");
      size_t pos = strlen(out);
      snprintf(out + pos, sizeof out - pos, " ch=%u", ch + 1);
      send_body(out);
    }
  }
  if (hb_ms && !hb_fired && now - last_rx_ms >= hb_ms) {
    hb_fired = true;
    uint8_t mask = lock_where(false);
    begin_event("HBLOST");
    append_channel_list(out, sizeof out, "ch", mask);
    send_body(out);
  }
}

static void check_inputs(unsigned long now) {
  for (uint8_t i = 0; i < N_IN; i++) {
    bool raw = digitalRead(INPUT_PINS[i]) == LOW;
    if (raw != in_raw[i]) {
      in_raw[i] = raw;
      in_since_ms[i] = now;
    } else if (raw != in_active[i] && now - in_since_ms[i] >= DEBOUNCE_MS) {
      in_active[i] = raw;
      begin_event("INPUT");
      size_t pos = strlen(out);
      snprintf(out + pos, sizeof out - pos, " in=%u v=%u", i + 1, raw ? 1 : 0);
      send_body(out);
      if (i == ESTOP_INPUT && raw) {
        uint8_t mask = lock_where(true);
        begin_event("ESTOP");
        append_channel_list(out, sizeof out, "ch", mask);
        send_body(out);
      }
    }
  }
}

void setup() {
  for (uint8_t ch = 0; ch < N_CH; ch++) {
    digitalWrite(RELAY_PINS[ch], LOW);  // low before output: no glitch on the relay
    pinMode(RELAY_PINS[ch], OUTPUT);
    unlocked[ch] = false;
    keep_alive[ch] = false;
  }
  for (uint8_t i = 0; i < N_IN; i++) {
    pinMode(INPUT_PINS[i], INPUT_PULLUP);
  }
  delay(2);  // let the pull-ups settle before the first read
  for (uint8_t i = 0; i < N_IN; i++) {
    in_active[i] = in_raw[i] = digitalRead(INPUT_PINS[i]) == LOW;
  }
  wdt_enable(WDTO_1S);
  Serial.begin(115200);
  err_tokens = ERR_BURST;
  err_stamp_ms = millis();
  // A reset can cut a line off mid-way; end it so that the banner arrives as a line of its own.
  Serial.write('\n');
  event_seq = 0;
  begin_event("BOOT");
  send_hello_fields(out, sizeof out);
  send_body(out);
  last_rx_ms = millis();
}

void loop() {
  wdt_reset();
  unsigned long now = millis();
  read_serial(now);
  check_timers(now);
  check_inputs(now);
}
