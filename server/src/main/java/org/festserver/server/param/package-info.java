/**
 * Query parameters shared by several endpoints (date, role, age, sex, the product a request is about), read and
 * checked in one place so that every endpoint answers bad input with the same 400 problem naming the parameter.
 */
package org.festserver.server.param;
