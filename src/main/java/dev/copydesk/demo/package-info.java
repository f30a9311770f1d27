/** Start-up data: the first admin (and no demo accounts) by default; demo users and sample stories in the demo profile. */
package dev.copydesk.demo;
