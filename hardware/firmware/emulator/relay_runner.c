/*
 * Runs the relay controller firmware under libsimavr with UART0 on a pty.
 *
 *   relay_runner [-p] [-w D4,D5,...] [-i A0=1,A1=1] [-e 0=255,1=254] firmware.elf
 *
 *   -p   pace emulated time to the wall clock (millis() timers then match real time)
 *   -w   Arduino pins to watch; every change of state is printed
 *   -i   initial levels driven onto input pins before the firmware starts
 *   -e   EEPROM bytes (address=value, decimal) as a board keeps them across power cycles
 *
 * stdout, one line each:
 *   PTY <path>             the serial port the host opens
 *   PIN <pin> <s> <us>     a watched pin changed state, with the emulated time in microseconds;
 *                          s is 0 or 1 (driven low or high), U (input with the internal pull-up)
 *                          or Z (input, floating: after reset until the firmware drives it)
 *   SET <pin> <0|1> <us>   an input level requested on stdin has been applied
 *   SYNC <us>              answer to SYNC
 *   EXIT <reason>          the emulated MCU stopped (crash or sleep with interrupts off)
 * stdin, one line each:
 *   SET <pin> <0|1>        drive an input pin
 *   SYNC                   answered with "SYNC <us>": every change before it has been printed
 *   RESET                  reset the MCU (as a brown-out or the reset button would); answered
 *                          with "RESET <us>"
 *   QUIT                   stop; end of file on stdin also stops (the parent has gone)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "avr_eeprom.h"
#include "avr_ioport.h"
#include "sim_avr.h"
#include "sim_elf.h"
#include "sim_irq.h"
#include "uart_pty.h"

#define MAX_WATCH 16
#define MAX_PENDING 64
#define CHECK_CYCLES 16000 /* 1 ms at 16 MHz between pacing and stdin checks */

typedef struct {
	char name[8];
	char port;
	int bit;
	int level;
	char state; /* watched pins: '0', '1', 'U' or 'Z' */
} pin_t;

/* The DDR and PORT registers of ports B, C, D as last written, to tell outputs from inputs. */
static uint8_t reg_ddr[3], reg_port[3];

static avr_t *avr;
static FILE *out; /* the protocol stream: the original stdout */
static pin_t watched[MAX_WATCH];
static int n_watched;

static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;
static char pending[MAX_PENDING][64];
static int n_pending;
static volatile int stdin_closed;

static int parse_pin(const char *name, pin_t *pin) {
	char *end;
	long n;
	if ((name[0] != 'D' && name[0] != 'A') || !name[1])
		return -1;
	n = strtol(name + 1, &end, 10);
	if (*end)
		return -1;
	if (name[0] == 'D' && n >= 0 && n <= 7) {
		pin->port = 'D';
		pin->bit = (int)n;
	} else if (name[0] == 'D' && n >= 8 && n <= 13) {
		pin->port = 'B';
		pin->bit = (int)n - 8;
	} else if (name[0] == 'A' && n >= 0 && n <= 5) {
		pin->port = 'C';
		pin->bit = (int)n;
	} else {
		return -1;
	}
	snprintf(pin->name, sizeof pin->name, "%s", name);
	pin->level = 0;
	return 0;
}

/* Cycles run before the last reset: avr_reset() may set avr->cycle back to 0, and emulated time
 * (and the pacing) must keep going forward across a reset. */
static unsigned long long cycle_base;
static avr_cycle_count_t last_cycle;

static unsigned long long total_cycles(void) {
	if (avr->cycle < last_cycle)
		cycle_base += last_cycle;
	last_cycle = avr->cycle;
	return cycle_base + avr->cycle;
}

static unsigned long long emulated_us(void) {
	return total_cycles() / (avr->frequency / 1000000);
}

static void report_states(void) {
	int i;
	for (i = 0; i < n_watched; i++) {
		pin_t *pin = &watched[i];
		int k = pin->port - 'B', mask = 1 << pin->bit;
		char state = (reg_ddr[k] & mask) ? ((reg_port[k] & mask) ? '1' : '0')
		                                 : ((reg_port[k] & mask) ? 'U' : 'Z');
		if (state != pin->state) {
			pin->state = state;
			fprintf(out, "PIN %s %c %llu\n", pin->name, state, emulated_us());
		}
	}
}

static void on_ddr_write(struct avr_irq_t *irq, uint32_t value, void *param) {
	(void)irq;
	reg_ddr[(intptr_t)param] = (uint8_t)value;
	report_states();
}

static void on_port_write(struct avr_irq_t *irq, uint32_t value, void *param) {
	(void)irq;
	reg_port[(intptr_t)param] = (uint8_t)value;
	report_states();
}

/* After a reset every register is 0 again. The IRQs only notify on a change of value, so they are
 * set back too, or the firmware writing what it wrote before the reset would go unseen. */
static void registers_reset(void) {
	char name;
	for (name = 'B'; name <= 'D'; name++) {
		avr_irq_t *base = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(name), 0);
		base[IOPORT_IRQ_DIRECTION_ALL].value = 0;
		base[IOPORT_IRQ_REG_PORT].value = 0;
		reg_ddr[name - 'B'] = reg_port[name - 'B'] = 0;
	}
	report_states();
}

/* The levels driven onto input pins from outside: a reset of the MCU does not change them. */
static pin_t driven[MAX_WATCH];
static int n_driven;

static void apply_level(const pin_t *pin, int again) {
	avr_irq_t *irq = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(pin->port), pin->bit);
	if (again) /* an IRQ ignores a raise to the value it holds: the port's reset cleared the pin */
		avr_raise_irq(irq, !pin->level);
	avr_raise_irq(irq, pin->level);
}

static void drive_pin(const char *name, int level, int report) {
	pin_t pin;
	int i;
	if (parse_pin(name, &pin) != 0) {
		fprintf(stderr, "relay_runner: unknown pin %s\n", name);
		return;
	}
	pin.level = level;
	for (i = 0; i < n_driven; i++)
		if (driven[i].port == pin.port && driven[i].bit == pin.bit)
			break;
	if (i < MAX_WATCH) {
		driven[i] = pin;
		if (i == n_driven)
			n_driven++;
	}
	apply_level(&pin, 0);
	if (report)
		fprintf(out, "SET %s %d %llu\n", name, level, emulated_us());
}

static void *read_stdin(void *arg) {
	char buf[64];
	(void)arg;
	while (fgets(buf, sizeof buf, stdin)) {
		pthread_mutex_lock(&pending_lock);
		if (n_pending < MAX_PENDING)
			snprintf(pending[n_pending++], sizeof pending[0], "%s", buf);
		pthread_mutex_unlock(&pending_lock);
	}
	stdin_closed = 1;
	return NULL;
}

/* Returns 0 to keep running, 1 to quit. */
static int apply_pending(void) {
	char local[MAX_PENDING][64];
	int n, i;
	pthread_mutex_lock(&pending_lock);
	n = n_pending;
	memcpy(local, pending, sizeof local[0] * (size_t)n);
	n_pending = 0;
	pthread_mutex_unlock(&pending_lock);
	for (i = 0; i < n; i++) {
		char name[16];
		int level;
		if (strncmp(local[i], "QUIT", 4) == 0)
			return 1;
		if (strncmp(local[i], "SYNC", 4) == 0) {
			fprintf(out, "SYNC %llu\n", emulated_us());
		} else if (strncmp(local[i], "RESET", 5) == 0) {
			unsigned long long at = emulated_us();
			int k;
			avr_reset(avr);
			total_cycles();
			registers_reset();
			for (k = 0; k < n_driven; k++)
				apply_level(&driven[k], 1);
			fprintf(out, "RESET %llu\n", at);
		} else if (sscanf(local[i], "SET %15s %d", name, &level) == 2) {
			drive_pin(name, level ? 1 : 0, 1);
		} else {
			fprintf(stderr, "relay_runner: bad command %s", local[i]);
		}
	}
	return stdin_closed;
}

/* simavr logs to stdout by default. */
static void log_to_stderr(struct avr_t *a, const int level, const char *format, va_list ap) {
	(void)a;
	if (level <= LOG_WARNING)
		vfprintf(stderr, format, ap);
}

static unsigned long long wall_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + (unsigned long long)ts.tv_nsec;
}

int main(int argc, char **argv) {
	int pace = 0, opt;
	char *watch = NULL, *inputs = NULL, *eeprom = NULL;
	elf_firmware_t firmware;
	uart_pty_t uart;
	pthread_t stdin_thread;

	while ((opt = getopt(argc, argv, "pw:i:e:")) != -1) {
		if (opt == 'p')
			pace = 1;
		else if (opt == 'w')
			watch = optarg;
		else if (opt == 'i')
			inputs = optarg;
		else if (opt == 'e')
			eeprom = optarg;
		else
			return 2;
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: %s [-p] [-w D4,D5] [-i A0=1] [-e 0=255] firmware.elf\n",
		        argv[0]);
		return 2;
	}
	/* simavr and its parts print chatter with printf(); keep it off the protocol stream. */
	out = fdopen(dup(STDOUT_FILENO), "w");
	if (!out)
		return 1;
	setvbuf(out, NULL, _IOLBF, 0);
	dup2(STDERR_FILENO, STDOUT_FILENO);
	avr_global_logger_set(log_to_stderr);
	memset(&firmware, 0, sizeof firmware);
	if (elf_read_firmware(argv[optind], &firmware) != 0) {
		fprintf(stderr, "relay_runner: cannot read %s\n", argv[optind]);
		return 1;
	}
	if (!firmware.mmcu[0])
		snprintf(firmware.mmcu, sizeof firmware.mmcu, "atmega328p");
	if (!firmware.frequency)
		firmware.frequency = 16000000;
	avr = avr_make_mcu_by_name(firmware.mmcu);
	if (!avr) {
		fprintf(stderr, "relay_runner: unknown MCU %s\n", firmware.mmcu);
		return 1;
	}
	avr_init(avr);
	avr_load_firmware(avr, &firmware);

	if (eeprom) {
		char *save = NULL, *tok;
		for (tok = strtok_r(eeprom, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			uint8_t byte;
			char *eq = strchr(tok, '=');
			avr_eeprom_desc_t desc;
			if (!eq)
				return 2;
			*eq = 0;
			byte = (uint8_t)atoi(eq + 1);
			desc.ee = &byte;
			desc.offset = (uint16_t)atoi(tok);
			desc.size = 1;
			avr_ioctl(avr, AVR_IOCTL_EEPROM_SET, &desc);
		}
	}
	if (watch) {
		char *save = NULL, *tok;
		char name;
		for (tok = strtok_r(watch, ",", &save); tok && n_watched < MAX_WATCH;
		     tok = strtok_r(NULL, ",", &save)) {
			pin_t *pin = &watched[n_watched];
			if (parse_pin(tok, pin) != 0) {
				fprintf(stderr, "relay_runner: unknown pin %s\n", tok);
				return 2;
			}
			pin->state = 'Z';
			n_watched++;
		}
		for (name = 'B'; name <= 'D'; name++) {
			avr_irq_t *base = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(name), 0);
			avr_irq_register_notify(base + IOPORT_IRQ_DIRECTION_ALL, on_ddr_write,
			                        (void *)(intptr_t)(name - 'B'));
			avr_irq_register_notify(base + IOPORT_IRQ_REG_PORT, on_port_write,
			                        (void *)(intptr_t)(name - 'B'));
		}
	}
	if (inputs) {
		char *save = NULL, *tok;
		for (tok = strtok_r(inputs, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			char *eq = strchr(tok, '=');
			if (!eq)
				return 2;
			*eq = 0;
			drive_pin(tok, atoi(eq + 1) ? 1 : 0, 0);
		}
	}

	uart_pty_init(avr, &uart);
	uart_pty_connect(&uart, '0');
	fprintf(out, "PTY %s\n", uart.port[0].slavename);

	pthread_create(&stdin_thread, NULL, read_stdin, NULL);
	pthread_detach(stdin_thread);

	unsigned long long start = wall_ns();
	unsigned long long next_check = total_cycles() + CHECK_CYCLES;
	for (;;) {
		int state = avr_run(avr);
		if (state == cpu_Done || state == cpu_Crashed) {
			fprintf(out, "EXIT %s\n", state == cpu_Done ? "done" : "crashed");
			return 1;
		}
		if (total_cycles() < next_check)
			continue;
		next_check = total_cycles() + CHECK_CYCLES;
		if (apply_pending())
			break;
		if (pace) {
			unsigned long long emu = total_cycles() * 1000ULL /
			                         (avr->frequency / 1000000ULL);
			unsigned long long wall = wall_ns() - start;
			if (emu > wall + 500000ULL) {
				struct timespec ts = {0, (long)(emu - wall)};
				while (ts.tv_nsec >= 1000000000L) {
					ts.tv_sec++;
					ts.tv_nsec -= 1000000000L;
				}
				nanosleep(&ts, NULL);
			}
		}
	}
	/* uart_pty_stop() can hang; the process is ending, the kernel closes the pty. */
	fflush(out);
	_exit(0);
}
