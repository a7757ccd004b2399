package com.maritimealphaflow.service;

/** A request parameter that cannot be used; answered 400 with the parameter's name and the reason. */
public class BadRequestException extends RuntimeException {

    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
