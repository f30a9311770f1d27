/** Copydesk: import garbled wire copy, fix it, review it, export it. */
package dev.copydesk;
