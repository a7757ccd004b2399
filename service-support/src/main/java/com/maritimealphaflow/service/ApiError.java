package com.maritimealphaflow.service;

/**
 * The JSON body of every error answer of the services' APIs.
 *
 * @param status the HTTP status code
 * @param error the status's reason phrase
 * @param parameter the request parameter at fault, when one is
 * @param message what went wrong and, where it helps, what to do instead
 */
public record ApiError(int status, String error, String parameter, String message) {}
