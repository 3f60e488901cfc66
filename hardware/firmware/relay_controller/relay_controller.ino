// Relay/lock controller RC-1 for an Arduino Uno (ATmega328P).
// Protocol: ../PROTOCOL.md. Every relay starts off; nothing is switched on unless a request with a
// valid CRC asks for it, and the controller switches things off again on its own.

#include <avr/eeprom.h>
#include <avr/io.h>
#include <avr/wdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DEVICE_ID
#define DEVICE_ID "RC-1"
#endif
#define FW_VERSION "1.1.0"
#define PROTO_VERSION 1

static const uint8_t RELAY_PINS[] = {4, 5, 6, 7};
// D4..D7 are PORTD bits 4..7; the early boot code below drives them through the port registers.
#define RELAY_PORT_MASK 0xF0
// Input 1 = door open, input 2 = e-stop pressed. Normally open contacts (the default) pull the pin
// to GND when active; normally closed ones (SET nc) let it go high, as a broken wire does.
static const uint8_t INPUT_PINS[] = {A0, A1};
// Optional feedback per channel (an auxiliary contact or a current sensor), pulled to GND while
// the load is powered.
static const uint8_t FEEDBACK_PINS[] = {A2, A3, A4, A5};
#define N_CH ((uint8_t)sizeof(RELAY_PINS))
#define N_IN ((uint8_t)sizeof(INPUT_PINS))
#define ESTOP_INPUT 1  // index into INPUT_PINS: input 2 is the e-stop

#define LINE_MAX 80
#define REPLY_MAX 112
#define MAX_UNLOCK_S 86400UL
#define MAX_HB_S 3600UL
#define DEBOUNCE_MS 20UL
#define MAX_KAMAX_S 86400UL
#define DEFAULT_KAMAX_S 28800UL  // erased EEPROM: keep-alive channels last 8 h with the host silent
// A relay needs a few ms to drop out, a contactor tens of ms: feedback that still shows "on" this
// long after the channel was switched off is a welded contact or a shorted SSR.
#define FEEDBACK_SETTLE_MS 250UL

// Settings kept in EEPROM. An erased byte reads 0xFF; that must mean the safe default.
#define EE_POLARITY 0  // 0x00 = active-high modules; anything else (erased) = active-low
#define EE_NC 1        // bit i clear = input i+1 wired normally closed (stored inverted)
#define EE_FEEDBACK 2  // bit ch clear = channel ch+1 has a feedback input (stored inverted)
#define EE_KAMAX 4     // uint32 seconds, 0 = no cap; erased = DEFAULT_KAMAX_S
// Frame-error replies come from a token bucket: a burst of ERR_BURST, then one per ERR_REFILL_MS.
// A flood of bad lines would otherwise fill the TX buffer and block the loop in Serial.write.
#define ERR_BURST 8
#define ERR_REFILL_MS 25UL
// Bytes read per loop(): with at most one line handled per pass, timers and inputs always run.
#define RX_BUDGET 32

static bool unlocked[N_CH];
static unsigned long until_ms[N_CH];
static bool keep_alive[N_CH];
static unsigned long off_since_ms[N_CH];

static bool active_low;
static uint8_t nc_mask;
static uint8_t fb_mask;
static unsigned long kamax_ms;  // 0 = no cap
static bool ka_capped;

static bool fb_on[N_CH];
static bool fb_raw[N_CH];
static unsigned long fb_since_ms[N_CH];
static bool fb_fault[N_CH];

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

// Runs before the C runtime and the Arduino core, a few microseconds after the bootloader hands
// over. A watchdog reset leaves the watchdog running with its shortest timeout: switch it off, or
// the board would reset forever. Then drive every relay output to its "off" level at once; until
// here the pins float (see PROTOCOL.md, pull resistors). No function calls: plain register access.
void early_boot(void) __attribute__((naked, used, section(".init3")));
void early_boot(void) {
  MCUSR = 0;
  wdt_disable();
  while (EECR & _BV(EEPE)) {
  }
  EEAR = EE_POLARITY;
  EECR |= _BV(EERE);
  if (EEDR == 0x00) {
    PORTD &= (uint8_t)~RELAY_PORT_MASK;  // active-high: off = low (no pull-up on the way)
  } else {
    PORTD |= RELAY_PORT_MASK;  // active-low: off = high; as an input first, pulled up
  }
  DDRD |= RELAY_PORT_MASK;
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

static uint8_t relay_level(bool on) { return (on != active_low) ? HIGH : LOW; }

static void set_relay(uint8_t ch, bool on) {
  if (unlocked[ch] && !on) off_since_ms[ch] = millis();
  unlocked[ch] = on;
  digitalWrite(RELAY_PINS[ch], relay_level(on));
}

static void load_settings(void) {
  active_low = eeprom_read_byte((const uint8_t*)EE_POLARITY) != 0x00;
  nc_mask = (uint8_t)~eeprom_read_byte((const uint8_t*)EE_NC) & ((1 << N_IN) - 1);
  fb_mask = (uint8_t)~eeprom_read_byte((const uint8_t*)EE_FEEDBACK) & ((1 << N_CH) - 1);
  uint32_t kamax_s = eeprom_read_dword((const uint32_t*)EE_KAMAX);
  if (kamax_s == 0xFFFFFFFFUL) kamax_s = DEFAULT_KAMAX_S;
  if (kamax_s > MAX_KAMAX_S) kamax_s = MAX_KAMAX_S;
  kamax_ms = kamax_s * 1000UL;
}

// Appends "key=a,b,c" of the channels (or inputs) in `mask` (or "-") to out.
static void append_channel_list(char* buf, size_t size, const char* key, uint8_t mask) {
  size_t pos = strlen(buf);
  pos += snprintf(buf + pos, size - pos, " %s=", key);
  bool any = false;
  for (uint8_t ch = 0; ch < 8 && pos < size; ch++) {
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
  snprintf(buf + pos, size - pos, " id=%s fw=%s ch=%u in=%u proto=%u pol=%s", DEVICE_ID,
           FW_VERSION, N_CH, N_IN, PROTO_VERSION, active_low ? "low" : "high");
  append_channel_list(buf, size, "nc", nc_mask);
  append_channel_list(buf, size, "fb", fb_mask);
  pos = strlen(buf);
  snprintf(buf + pos, size - pos, " kamax=%lu", kamax_ms / 1000UL);
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

// Parses "-" or a comma separated list of numbers 1..limit into a bit mask; -1 if malformed.
static int16_t parse_list(const char* word, uint8_t limit) {
  if (strcmp(word, "-") == 0) return 0;
  int16_t mask = 0;
  char item[4];
  while (*word) {
    const char* comma = strchr(word, ',');
    size_t len = comma ? (size_t)(comma - word) : strlen(word);
    if (len == 0 || len >= sizeof item) return -1;
    memcpy(item, word, len);
    item[len] = 0;
    unsigned long v;
    if (!parse_number(item, &v) || v < 1 || v > limit || (mask & (1 << (v - 1)))) return -1;
    mask |= 1 << (v - 1);
    if (!comma) break;
    word = comma + 1;
    if (!*word) return -1;  // a trailing comma
  }
  return mask;
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

// SET <key> <value>: a setting kept in EEPROM (written only when it changes).
static void dispatch_set(uint16_t seq, const char* key, const char* value) {
  if (strcmp(key, "pol") == 0) {
    bool low = strcmp(value, "low") == 0;
    if (!low && strcmp(value, "high") != 0) {
      reply_error(seq, "ARG");
      return;
    }
    active_low = low;
    eeprom_update_byte((uint8_t*)EE_POLARITY, low ? 0xFF : 0x00);
    // Whatever was on under the old polarity: every output to the new "off" level.
    for (uint8_t ch = 0; ch < N_CH; ch++) set_relay(ch, false);
    snprintf(out, sizeof out, "%u OK pol=%s", seq, value);
  } else if (strcmp(key, "nc") == 0 || strcmp(key, "fb") == 0) {
    bool nc = key[0] == 'n';
    int16_t mask = parse_list(value, nc ? N_IN : N_CH);
    if (mask < 0) {
      reply_error(seq, "ARG");
      return;
    }
    if (nc) {
      nc_mask = (uint8_t)mask;  // the inputs change meaning: debounced and reported as usual
      eeprom_update_byte((uint8_t*)EE_NC, (uint8_t)~mask);
    } else {
      fb_mask = (uint8_t)mask;
      eeprom_update_byte((uint8_t*)EE_FEEDBACK, (uint8_t)~mask);
    }
    snprintf(out, sizeof out, "%u OK", seq);
    append_channel_list(out, sizeof out, key, (uint8_t)mask);
  } else if (strcmp(key, "kamax") == 0) {
    unsigned long secs;
    if (!parse_number(value, &secs) || secs > MAX_KAMAX_S) {
      reply_error(seq, "ARG");
      return;
    }
    kamax_ms = secs * 1000UL;
    eeprom_update_dword((uint32_t*)EE_KAMAX, secs);
    snprintf(out, sizeof out, "%u OK kamax=%lu", seq, secs);
  } else {
    reply_error(seq, "ARG");
  }
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
    pos += snprintf(out + pos, sizeof out - pos, " hb=%lu up=%lu fb=", hb_ms / 1000UL,
                    now / 1000UL);
    for (uint8_t ch = 0; ch < N_CH; ch++) {
      pos += snprintf(out + pos, sizeof out - pos, ch ? ",%u" : "%u", fb_on[ch] ? 1 : 0);
    }
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
  } else if (strcmp(verb, "SET") == 0 && count == 3) {
    dispatch_set(seq, words[1], words[2]);
  } else if (strcmp(verb, "HELLO") == 0 || strcmp(verb, "PING") == 0 ||
             strcmp(verb, "STATUS") == 0 || strcmp(verb, "LOCK") == 0 ||
             strcmp(verb, "HB") == 0 || strcmp(verb, "KEEP") == 0 ||
             strcmp(verb, "SET") == 0) {
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
  ka_capped = false;

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
  if (kamax_ms && !ka_capped && now - last_rx_ms >= kamax_ms) {
    ka_capped = true;
    uint8_t mask = 0;
    for (uint8_t ch = 0; ch < N_CH; ch++) {
      if (unlocked[ch] && keep_alive[ch]) {
        set_relay(ch, false);
        mask |= 1 << ch;
      }
    }
    if (mask) {
      begin_event("KACAP");
      append_channel_list(out, sizeof out, "ch", mask);
      send_body(out);
    }
  }
}

// Feedback is debounced like the inputs; a channel that is off (and has had time to drop out)
// while its feedback says "on" is a fault, reported once when it starts and once when it ends.
static void check_feedback(unsigned long now) {
  for (uint8_t ch = 0; ch < N_CH; ch++) {
    bool raw = (fb_mask & (1 << ch)) && digitalRead(FEEDBACK_PINS[ch]) == LOW;
    if (raw != fb_raw[ch]) {
      fb_raw[ch] = raw;
      fb_since_ms[ch] = now;
    } else if (raw != fb_on[ch] && now - fb_since_ms[ch] >= DEBOUNCE_MS) {
      fb_on[ch] = raw;
    }
    bool fault = fb_on[ch] && !unlocked[ch] && now - off_since_ms[ch] >= FEEDBACK_SETTLE_MS;
    if (fault != fb_fault[ch]) {
      fb_fault[ch] = fault;
      begin_event("FAULT");
      size_t pos = strlen(out);
      snprintf(out + pos, sizeof out - pos, " ch=%u v=%u", ch + 1, fault ? 1 : 0);
      send_body(out);
    }
  }
}

static void check_inputs(unsigned long now) {
  for (uint8_t i = 0; i < N_IN; i++) {
    bool raw = (digitalRead(INPUT_PINS[i]) == LOW) != ((nc_mask >> i) & 1);
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
  load_settings();
  for (uint8_t ch = 0; ch < N_CH; ch++) {
    // Already off since early_boot(); the level before the direction: no glitch on the relay.
    digitalWrite(RELAY_PINS[ch], relay_level(false));
    pinMode(RELAY_PINS[ch], OUTPUT);
    unlocked[ch] = false;
    keep_alive[ch] = false;
    off_since_ms[ch] = 0;
    pinMode(FEEDBACK_PINS[ch], INPUT_PULLUP);
  }
  for (uint8_t i = 0; i < N_IN; i++) {
    pinMode(INPUT_PINS[i], INPUT_PULLUP);
  }
  delay(2);  // let the pull-ups settle before the first read
  for (uint8_t i = 0; i < N_IN; i++) {
    in_active[i] = in_raw[i] = (digitalRead(INPUT_PINS[i]) == LOW) != ((nc_mask >> i) & 1);
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
  check_feedback(now);
}
