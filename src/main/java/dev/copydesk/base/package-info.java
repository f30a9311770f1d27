/** What every feature shares and that imports no feature: configuration helpers, base entity, base UI. */
package dev.copydesk.base;
